module.exports = {
  displayName: 'matcher-core',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
