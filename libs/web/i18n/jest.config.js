module.exports = {
  displayName: 'web-i18n',
  preset: '../../../jest.web-preset.js',
  rootDir: __dirname,
};
