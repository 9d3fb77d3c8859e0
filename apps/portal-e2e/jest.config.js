// Browser tests of the portal (npm run test:e2e): Debian's Chromium through playwright-core against
// `npm start` on a free port with a throwaway DATA_DIR (started once in global-setup).
module.exports = {
  displayName: 'portal-e2e',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
  testTimeout: 120000,
};
