#!/usr/bin/env node
// Creates a library or app with the workspace's shape so names, tags and aliases never drift.
// usage: node tools/generators/new-project.js <lib|app> <path under libs/ or apps/> --scope <scope> --type <type> [--alias @fhk/x/y]
const fs = require('node:fs');
const path = require('node:path');

const [kind, rel, ...rest] = process.argv.slice(2);
const flag = (name) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : undefined;
};
if (!['lib', 'app'].includes(kind) || !rel || !flag('scope') || !flag('type')) {
  console.error('usage: new-project.js <lib|app> <path> --scope <scope> --type <type> [--alias @fhk/..]');
  process.exit(2);
}
const root = path.join(kind === 'lib' ? 'libs' : 'apps', rel);
const name = rel.replace(/\//g, '-');
const up = path.relative(root, '.') || '.';
const write = (file, text) => {
  const target = path.join(root, file);
  if (fs.existsSync(target)) return;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
};

write(
  'project.json',
  JSON.stringify(
    {
      name,
      $schema: `${up}/node_modules/nx/schemas/project-schema.json`,
      sourceRoot: `${root}/src`,
      projectType: kind === 'lib' ? 'library' : 'application',
      tags: [`scope:${flag('scope')}`, `type:${flag('type')}`],
      targets: { lint: {}, typecheck: {}, test: {} },
    },
    null,
    2,
  ) + '\n',
);
write(
  'tsconfig.json',
  JSON.stringify(
    {
      extends: `${up}/tsconfig.base.json`,
      compilerOptions: { types: ['node', 'jest'] },
      include: ['src/**/*.ts'],
    },
    null,
    2,
  ) + '\n',
);
write(
  'jest.config.js',
  `module.exports = {\n  displayName: '${name}',\n  preset: '${up}/jest.preset.js',\n  rootDir: __dirname,\n};\n`,
);
if (kind === 'lib') {
  write('src/index.ts', '');
  write('README.md', `# ${flag('alias') ?? name}\n\nTODO: what this library is for, and a usage snippet.\n`);
  const alias = flag('alias');
  if (alias) {
    const tsconfigPath = 'tsconfig.base.json';
    const tsconfig = JSON.parse(fs.readFileSync(tsconfigPath, 'utf8'));
    tsconfig.compilerOptions.paths[alias] = [`${root}/src/index.ts`];
    tsconfig.compilerOptions.paths = Object.fromEntries(
      Object.entries(tsconfig.compilerOptions.paths).sort(([a], [b]) => a.localeCompare(b)),
    );
    fs.writeFileSync(tsconfigPath, JSON.stringify(tsconfig, null, 2) + '\n');
  }
} else {
  write('src/main.ts', '');
}
console.log(`created ${root} (${name}) tags scope:${flag('scope')} type:${flag('type')}`);
