module.exports = {
  displayName: 'event-calendar',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
