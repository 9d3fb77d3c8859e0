module.exports = {
  displayName: 'platform-search-orama',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
