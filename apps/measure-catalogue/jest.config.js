module.exports = {
  displayName: 'measure-catalogue',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
