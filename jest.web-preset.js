// Jest preset for the web projects (apps/portal, libs/web/*): the shared preset's aliases and totals
// reporter, in jsdom, with TSX compiled by @swc/jest (React's automatic JSX runtime).
const base = require('./jest.preset.js');

module.exports = {
  ...base,
  testEnvironment: 'jsdom',
  moduleFileExtensions: ['tsx', 'ts', 'js', 'mjs', 'json', 'cjs'],
  testMatch: ['**/?(*.)+(spec).ts?(x)'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
};
