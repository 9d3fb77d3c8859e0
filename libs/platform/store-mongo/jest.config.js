module.exports = {
  displayName: 'platform-store-mongo',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
