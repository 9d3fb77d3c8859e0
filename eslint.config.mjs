// One flat config for the workspace. The module-boundary rule below is the architecture:
// a service's libraries never import another service's libraries, the matching core stays
// framework-free, contracts depend on nothing but util, and only apps choose adapters.
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
const DRIVERS = ['kafkajs', 'mongoose', 'mongodb', 'meilisearch', 'better-sqlite3', '@orama/*'];
// What only apps and the composition choose: the adapters behind each port, and the runtime that picks them.
const ADAPTER_CHOICE = [
  { name: '@fhk/platform/bus', importNames: ['EmbeddedBusTransport', 'KafkaBusTransport', 'createBusTransport', 'EmbeddedBroker', 'EmbeddedBusServer', 'EmbeddedBusClient'] },
  { name: '@fhk/platform/store', importNames: ['SqliteDocumentStore', 'MongoDocumentStore', 'createDocumentStore'] },
  { name: '@fhk/platform/search', importNames: ['OramaSearchEngine', 'MeilisearchSearchEngine', 'createSearchEngine'] },
  { name: '@fhk/platform/runtime', importNames: ['PlatformRuntime', 'runService', 'startInProcess', 'startHttpService', 'composeRootModule'] },
].map((path) => ({ ...path, message: 'a service library uses the port; only apps and composition choose adapters (ADR 0002).' }));
const serviceFeatures = projectsTagged('type:feature').filter((root) => !projectsTagged('scope:composition').includes(root));
// Controllers, filters and interceptors answer through Nest (return values, StreamableFile, reply(),
// @VersionETag()), never through one HTTP framework's objects, so the adapter stays a choice (ADR 0017).
const HTTP_FRAMEWORK = ['express', '@nestjs/platform-express', 'fastify', '@nestjs/platform-fastify'].map((name) => ({
  name,
  message: 'no HTTP framework types here: return the body, use StreamableFile/download(), reply() or @VersionETag() from @fhk/platform/http (ADR 0017).',
}));
const HTTP_HANDLERS = ['libs/**/*.controller.ts', 'libs/**/*.filter.ts', 'libs/**/*.interceptor.ts'];

const service = (scope) => ({
  sourceTag: `scope:${scope}`,
  onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:platform', 'scope:shared'],
});

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
      '@nx/enforce-module-boundaries': [
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
            { sourceTag: 'type:app', notDependOnLibsWithTags: ['type:app'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:contracts', 'type:adapter', 'type:util'] },
            // The matching core is plain TypeScript: no Nest, no I/O, nothing but contracts and util.
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util'],
              bannedExternalImports: ['@nestjs/*', 'kafkajs', 'mongoose', 'meilisearch', 'better-sqlite3', '@orama/*', 'node:fs', 'fs'],
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'], bannedExternalImports: ['@nestjs/*'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:adapter', 'type:contracts', 'type:util'] },
          ],
        },
      ],
    },
  },
  // The web: hooks rules and JSX accessibility checks (the e2e run adds axe-core on every page).
  {
    files: ['apps/portal/**/*.tsx', 'libs/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    // The matching core and the contracts: plain TypeScript, no I/O.
    files: sources([...projectsTagged('type:domain'), ...projectsTagged('type:contracts')]),
    rules: {
      'no-restricted-imports': ['error', { paths: NODE_IO.map((name) => ({ name, message: 'core code does no I/O: the caller passes data in.' })), patterns: [{ group: DRIVERS, message: 'drivers live in adapters.' }] }],
    },
  },
  {
    // A service's libraries see ports only: no adapter class, no factory, no driver, no runtime choice.
    files: sources(serviceFeatures),
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': ['error', { paths: [...ADAPTER_CHOICE, ...HTTP_FRAMEWORK], patterns: [{ group: DRIVERS, message: 'drivers live in adapters.' }] }],
    },
  },
  {
    // The platform's own controllers, filters and interceptors (feature sources have the rule above).
    files: HTTP_HANDLERS,
    ignores: [...TEST_FILES, ...sources(serviceFeatures)],
    rules: { 'no-restricted-imports': ['error', { paths: HTTP_FRAMEWORK }] },
  },
  {
    files: TEST_FILES,
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
];
