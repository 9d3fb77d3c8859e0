module.exports = {
  displayName: 'measure-catalogue-feature',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
