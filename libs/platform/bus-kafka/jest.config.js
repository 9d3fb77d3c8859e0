module.exports = {
  displayName: 'platform-bus-kafka',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
