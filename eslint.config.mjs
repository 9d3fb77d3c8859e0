// One flat config for the workspace. The module-boundary rule below is the architecture:
// a service's libraries never import another service's libraries, the matching core stays
// framework-free, contracts depend on nothing but util, and only apps choose adapters.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const service = (scope) => ({
  sourceTag: `scope:${scope}`,
  onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:platform', 'scope:shared'],
});

export default [
  { ignores: ['**/node_modules', '**/dist', '**/coverage', '**/.nx', 'tmp', 'data'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
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
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.contract-spec.ts', '**/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
];
