// Jest preset for the web projects (apps/portal, libs/web/*): the shared preset's aliases and totals
// reporter, in jsdom, with TSX compiled by @swc/jest (React's automatic JSX runtime).
const base = require('./jest.preset.js');

module.exports = {
  ...base,
  // @ant-design/icons' package exports give Node only an ES module: point Jest at its CommonJS build.
  moduleNameMapper: { ...base.moduleNameMapper, '^@ant-design/icons$': require('node:path').join(__dirname, 'node_modules', '@ant-design', 'icons', 'lib', 'index.js') },
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
