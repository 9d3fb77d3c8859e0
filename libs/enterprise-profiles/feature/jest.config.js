module.exports = {
  displayName: 'enterprise-profiles-feature',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
