module.exports = {
  displayName: 'platform-store',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
