module.exports = {
  displayName: 'web-api-client',
  preset: '../../../jest.web-preset.js',
  rootDir: __dirname,
};
