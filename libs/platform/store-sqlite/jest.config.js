module.exports = {
  displayName: 'platform-store-sqlite',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
