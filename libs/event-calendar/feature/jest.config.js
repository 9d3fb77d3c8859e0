module.exports = {
  displayName: 'event-calendar-feature',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
