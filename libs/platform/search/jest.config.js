module.exports = {
  displayName: 'platform-search',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
