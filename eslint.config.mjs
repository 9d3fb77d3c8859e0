// One flat config for the workspace. The module-boundary rule below is the architecture:
// a service's libraries never import another service's libraries, the matching core stays
// framework-free, contracts depend on nothing but util, services see ports while adapters are
// libraries of their own, and only apps and the composition choose adapters (ADR 0016).
import nx from '@nx/eslint-plugin';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

/** The roots of the library projects carrying `tag`, from their project.json (libs/<a>/ and libs/<a>/<b>/). */
const projectsTagged = (tag) =>
  readdirSync('libs', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => [`libs/${d.name}`, ...readdirSync(`libs/${d.name}`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `libs/${d.name}/${e.name}`)])
    .filter((dir) => existsSync(`${dir}/project.json`) && JSON.parse(readFileSync(`${dir}/project.json`, 'utf8')).tags?.includes(tag));
const sources = (roots) => roots.map((root) => `${root}/src/**/*.ts`);
const TEST_FILES = ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.contract-spec.ts', '**/testing/**/*.ts'];

// Node's I/O modules are not npm packages, so `bannedExternalImports` never sees them: banned here.
const NODE_IO = ['fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'http2', 'dgram', 'worker_threads', 'cluster'].flatMap((m) => [m, `node:${m}`]);
// The drivers behind the ports: only `type:adapter` libraries (and apps) import them (ADR 0016).
const DRIVERS = ['kafkajs', 'mongoose', 'mongodb', 'meilisearch', 'better-sqlite3', '@orama/*'];
// A port's test-only entry point (`@fhk/platform/<port>/testing`: its contract suite) is for specs.
const TESTING_ENTRY_POINTS = { group: ['@fhk/*/testing', '@fhk/*/*/testing'], message: 'a testing entry point (contract suites, fixtures) is for specs only.' };
// Controllers, filters and interceptors answer through Nest (return values, StreamableFile, reply(),
// @VersionETag()), never through one HTTP framework's objects, so the adapter stays a choice (ADR 0017).
const HTTP_FRAMEWORK = ['express', '@nestjs/platform-express', 'fastify', '@nestjs/platform-fastify'].map((name) => ({
  name,
  message: 'no HTTP framework types here: return the body, use StreamableFile/download(), reply() or @VersionETag() from @fhk/platform/http (ADR 0017).',
}));
const HTTP_HANDLERS = ['libs/**/*.controller.ts', 'libs/**/*.filter.ts', 'libs/**/*.interceptor.ts'];
const serviceFeatures = projectsTagged('type:feature').filter((root) => !projectsTagged('scope:composition').includes(root));

const service = (scope) => ({
  sourceTag: `scope:${scope}`,
  onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:platform', 'scope:shared'],
});

/**
 * The layers (ADR 0016). Ports (`type:port`) are what services and adapters share; each adapter
 * (`type:adapter`) is its own library and the only place a driver is imported; the runtime
 * (`type:runtime`) chooses adapters and starts processes, for apps and the composition only.
 * Service libraries (`type:feature`) and the platform kits they build on (`type:kit`) see ports,
 * never an adapter or the runtime, except in their own tests (`tests: true`).
 */
const layers = ({ tests }) => [
  { sourceTag: 'type:app', notDependOnLibsWithTags: ['type:app'] },
  {
    sourceTag: 'type:composition',
    onlyDependOnLibsWithTags: ['type:composition', 'type:runtime', 'type:feature', 'type:kit', 'type:port', 'type:adapter', 'type:domain', 'type:contracts', 'type:util'],
    bannedExternalImports: DRIVERS,
  },
  {
    sourceTag: 'type:runtime',
    onlyDependOnLibsWithTags: ['type:runtime', 'type:adapter', 'type:kit', 'type:port', 'type:contracts', 'type:util'],
    bannedExternalImports: DRIVERS,
  },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:feature', 'type:kit', 'type:port', 'type:domain', 'type:contracts', 'type:util', ...(tests ? ['type:adapter'] : [])],
    bannedExternalImports: DRIVERS,
  },
  {
    sourceTag: 'type:kit',
    onlyDependOnLibsWithTags: ['type:kit', 'type:port', 'type:contracts', 'type:util', ...(tests ? ['type:adapter'] : [])],
    bannedExternalImports: DRIVERS,
  },
  { sourceTag: 'type:port', onlyDependOnLibsWithTags: ['type:port', 'type:contracts', 'type:util'], bannedExternalImports: DRIVERS },
  { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:port', 'type:contracts', 'type:util'] },
  // The matching core is plain TypeScript: no Nest, no I/O, nothing but contracts and util.
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util'],
    bannedExternalImports: ['@nestjs/*', ...DRIVERS],
  },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'], bannedExternalImports: ['@nestjs/*', ...DRIVERS] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'], bannedExternalImports: DRIVERS },
];

const moduleBoundaries = ({ tests }) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    allow: [],
    banTransitiveDependencies: false,
    depConstraints: [
      service('enterprise-profiles'),
      service('measure-catalogue'),
      service('event-calendar'),
      service('matcher'),
      { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared'] },
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      // The web (apps/portal, libs/web/*) talks to the services over HTTP only: it may use the
      // contracts (schemas, vocabularies) and its own libs, never a service's or the platform's code.
      {
        sourceTag: 'scope:web',
        onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
        bannedExternalImports: ['@nestjs/*', 'node:*', 'fs', 'path', 'better-sqlite3', 'kafkajs', 'mongoose'],
      },
      {
        sourceTag: 'scope:composition',
        onlyDependOnLibsWithTags: [
          'scope:composition',
          'scope:enterprise-profiles',
          'scope:measure-catalogue',
          'scope:event-calendar',
          'scope:matcher',
          'scope:platform',
          'scope:shared',
        ],
      },
      ...layers({ tests }),
    ],
  },
];

export default [
  { ignores: ['**/node_modules', '**/dist', '**/coverage', '**/.nx', 'tmp', 'data'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='forwardRef']", message: 'No forwardRef cycles: restructure the modules.' },
      ],
      '@nx/enforce-module-boundaries': moduleBoundaries({ tests: false }),
      'no-restricted-imports': ['error', { patterns: [TESTING_ENTRY_POINTS] }],
    },
  },
  // The web: hooks rules and JSX accessibility checks (the e2e run adds axe-core on every page).
  {
    files: ['apps/portal/**/*.tsx', 'libs/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    // A library's own tests may run it on a real adapter (an embedded store, bus or index) and use the contract suites.
    files: TEST_FILES,
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@nx/enforce-module-boundaries': moduleBoundaries({ tests: true }),
      'no-restricted-imports': 'off',
    },
  },
  {
    // Service libraries, and any controller, filter or interceptor of a library: no HTTP framework (ADR 0017).
    files: [...sources(serviceFeatures), ...HTTP_HANDLERS],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': ['error', { paths: HTTP_FRAMEWORK, patterns: [TESTING_ENTRY_POINTS] }] },
  },
  {
    // The matching core and the contracts (their tests too): plain TypeScript, no I/O.
    files: sources([...projectsTagged('type:domain'), ...projectsTagged('type:contracts')]),
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: NODE_IO.map((name) => ({ name, message: 'core code does no I/O: the caller passes data in.' })), patterns: [TESTING_ENTRY_POINTS] },
      ],
    },
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
];
