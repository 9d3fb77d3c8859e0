module.exports = {
  displayName: 'platform-bulk',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
