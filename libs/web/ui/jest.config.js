module.exports = {
  displayName: 'web-ui',
  preset: '../../../jest.web-preset.js',
  rootDir: __dirname,
};
