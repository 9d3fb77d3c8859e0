module.exports = {
  displayName: 'platform-search-meilisearch',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
};
