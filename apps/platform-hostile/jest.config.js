module.exports = {
  displayName: 'platform-hostile',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
