#!/usr/bin/env node
// The production build of one app: `node tools/build/build-service.js <app> [outDir]` (Nx: `nx build <app>`).
// Compiles the app and the libraries it imports with SWC (legacy decorators + decorator metadata,
// which Nest's injection needs; esbuild emits no metadata, see ADR 0001) into plain CommonJS, the
// `@fhk/*` aliases rewritten to relative paths, and copies the libraries' shipped data files. The
// result runs with plain `node apps/<app>/src/main.js` from the output directory, next to a
// production `node_modules` (no TypeScript toolchain at run time).
const { transformFileSync } = require('@swc/core');
const { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join, relative, resolve } = require('node:path');

const root = resolve(__dirname, '..', '..');
const [app, outArg] = process.argv.slice(2);
if (!app || !existsSync(join(root, 'apps', app, 'src', 'main.ts'))) {
  process.stderr.write(`usage: build-service.js <app> [outDir]: apps/<app>/src/main.ts must exist (got ${JSON.stringify(app)})\n`);
  process.exit(2);
}
const outDir = resolve(outArg ?? join(root, 'dist', 'apps', app));

const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
const aliases = Object.entries(compilerOptions.paths).map(([alias, [target]]) => ({ alias, file: resolve(root, target) }));
const TEST_FILE = /\.(spec|e2e-spec|contract-spec|distributed-spec)\.ts$/;

const swcOptions = (file) => ({
  filename: file,
  sourceMaps: true,
  swcrc: false,
  jsc: {
    parser: file.endsWith('.ts') ? { syntax: 'typescript', decorators: true } : { syntax: 'ecmascript' },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
});

/** `@fhk/x/y` → the relative path from `file` to that library's built index. */
function rewriteAliases(code, file) {
  return code.replace(/require\("(@fhk\/[^"]+)"\)/g, (match, specifier) => {
    const target = aliases.find((a) => a.alias === specifier);
    if (!target) throw new Error(`${relative(root, file)}: unknown alias ${specifier}`);
    let path = relative(dirname(file), target.file).replace(/\.ts$/, '');
    if (!path.startsWith('.')) path = `./${path}`;
    return `require(${JSON.stringify(path)})`;
  });
}

const { builtinModules } = require('node:module');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages;
/** In the production install (`npm ci --omit=dev`): in the lockfile and not marked dev-only. */
const inProduction = (name) => Boolean(lock[`node_modules/${name}`]) && !lock[`node_modules/${name}`].dev;
/** Packages the bundle requires: each must be in the production install (the image has only that). */
const packagesRequired = new Map();
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

const compiled = new Set();
/** Compiles `file` and, following its relative and alias imports, everything it needs. */
function compile(file) {
  if (compiled.has(file)) return;
  compiled.add(file);
  const { code, map } = transformFileSync(file, swcOptions(file));
  const js = rewriteAliases(code, file);
  const target = join(outDir, relative(root, file)).replace(/\.ts$/, '.js');
  if (target === file) throw new Error(`refusing to overwrite ${file}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${js}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
  if (map) writeFileSync(`${target}.map`, map);
  for (const [, specifier] of js.matchAll(/require\("([^"]+)"\)/g)) {
    if (!specifier.startsWith('.')) {
      if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) packagesRequired.set(packageOf(specifier), relative(root, file));
      continue;
    }
    const base = resolve(dirname(file), specifier);
    const next = [`${base}.ts`, `${base}.js`, join(base, 'index.ts')].find((f) => existsSync(f) && statSync(f).isFile());
    if (next && !TEST_FILE.test(next)) compile(next);
    else if (!next && existsSync(base) && statSync(base).isFile()) {
      // A data file required beside the code (e.g. `./login-messages.data.json`) ships beside it.
      const copy = join(outDir, relative(root, base));
      mkdirSync(dirname(copy), { recursive: true });
      cpSync(base, copy);
    } else if (!next && !existsSync(base)) throw new Error(`${relative(root, file)}: cannot resolve ${specifier}`);
  }
}

rmSync(outDir, { recursive: true, force: true });
compile(join(root, 'apps', app, 'src', 'main.ts'));
const notProduction = [...packagesRequired].filter(([name]) => !inProduction(name));
if (notProduction.length > 0) {
  process.stderr.write(`build ${app}: required but not installed without dev dependencies (the image omits them):\n`);
  for (const [name, from] of notProduction) process.stderr.write(`  ${name} (from ${from})\n`);
  process.exit(1);
}

// Shipped data next to the libraries that read it (libs/<scope>/<lib>/data, read relative to __dirname).
const libsUsed = new Set([...compiled].map((f) => relative(root, f).split('/').slice(0, 3).join('/')).filter((p) => p.startsWith('libs/')));
for (const lib of libsUsed) {
  const data = join(root, lib, 'data');
  if (existsSync(data)) cpSync(data, join(outDir, lib, 'data'), { recursive: true, filter: (f) => !f.endsWith('.md') });
}
writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ name: `@fhk/${app}`, private: true, main: `apps/${app}/src/main.js` }, null, 2)}\n`);
const files = readdirSync(outDir, { recursive: true }).filter((f) => f.endsWith('.js')).length;
process.stdout.write(
  `built ${app}: ${files} modules from ${compiled.size} sources, ${libsUsed.size} libraries, ${packagesRequired.size} packages → ${relative(root, outDir) || outDir}\n`,
);
