module.exports = {
  displayName: 'platform-service-kit',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
