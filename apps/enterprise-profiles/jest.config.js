module.exports = {
  displayName: 'enterprise-profiles',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
