// Shared Jest preset: @swc/jest with decorator metadata (Nest injection needs it, see docs/adr/0001),
// and module aliases read from tsconfig.base.json so tests import libs exactly as the apps do.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/[/.]/g, (c) => `\\${c}`)}$`] = path.join(__dirname, target);
}

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json', 'cjs'],
  testMatch: ['**/?(*.)+(spec|e2e-spec|contract-spec).ts'],
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper,
  // ESM-only packages (jose, oidc-provider and its ESM dependencies) are compiled to CommonJS for
  // Jest's module system; Node itself loads them with require(esm) (docs/adr/0009). content-disposition 2
  // (under @fastify/static, for Swagger UI on Fastify) is ESM as well.
  transformIgnorePatterns: ['/node_modules/(?!(oidc-provider|jose|nanoid|quick-lru|eta|@koa|oidc-token-hash|@fastify/static|content-disposition)/)'],
  testTimeout: 20000,
  // The stall watchdog kills a run that has stopped (no result, no CPU) with a diagnosis (tools/scripts).
  reporters: ['default', path.join(__dirname, 'tools', 'scripts', 'jest-totals.reporter.js'), path.join(__dirname, 'tools', 'scripts', 'jest-stall-watchdog.reporter.js')],
};
