module.exports = {
  displayName: 'web-auth',
  preset: '../../../jest.web-preset.js',
  rootDir: __dirname,
};
