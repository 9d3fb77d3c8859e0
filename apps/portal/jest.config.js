module.exports = {
  displayName: 'portal',
  preset: '../../jest.web-preset.js',
  rootDir: __dirname,
};
