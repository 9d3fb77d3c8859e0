module.exports = {
  displayName: 'platform-bus-embedded',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
