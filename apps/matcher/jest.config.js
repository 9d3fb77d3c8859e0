module.exports = {
  displayName: 'matcher',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
