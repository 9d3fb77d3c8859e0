module.exports = {
  displayName: 'matcher-feature',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
