module.exports = {
  displayName: 'platform-outbox',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
