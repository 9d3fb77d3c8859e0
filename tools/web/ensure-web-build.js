#!/usr/bin/env node
// Builds the enterprise portal (apps/portal, Vite) into dist/apps/portal when the build is missing
// or stale, so `npm ci && npm start` stays the whole set-up. Stale = the hash of the portal's inputs
// (its sources, libs/web, libs/contracts, the lockfile, the TS configs) differs from the one stamped
// into the build. `--force` builds anyway (the Nx `portal:build` target).
const { createHash } = require('node:crypto');
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..', '..');
const outDir = join(root, 'dist', 'apps', 'portal');
const stampFile = join(outDir, '.build-inputs');
const INPUTS = ['apps/portal', 'libs/web', 'libs/contracts/src', 'package-lock.json', 'tsconfig.base.json', 'tsconfig.web.json'];
const IGNORED = /(^|\/)(node_modules|dist|coverage)(\/|$)|\.spec\.tsx?$|(^|\/)jest\.config\.js$/;

function files(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(`${path}/${name}`))
    .filter((file) => !IGNORED.test(file));
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
const wanted = inputsHash();
const built = existsSync(join(outDir, 'index.html')) && existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : null;
if (!force && built === wanted) {
  console.log(`portal: build is current (${relative(root, outDir)})`);
  process.exit(0);
}
console.log(`portal: ${built ? 'sources changed' : 'no build yet'}; building ${relative(root, outDir)} with Vite (about 10 s)…`);
let vite;
try {
  vite = join(require.resolve('vite/package.json', { paths: [root] }), '..', 'bin', 'vite.js');
} catch {
  console.error('portal: vite is not installed; run `npm ci` first');
  process.exit(1);
}
const run = spawnSync(process.execPath, [vite, 'build', '--config', join(root, 'apps', 'portal', 'vite.config.mts'), '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  // A production build whatever NODE_ENV the caller runs with (tests start `npm start` with NODE_ENV=test).
  env: { ...process.env, NODE_ENV: 'production' },
});
if (run.status !== 0) {
  console.error('portal: the build failed (see above)');
  process.exit(run.status ?? 1);
}
writeFileSync(stampFile, `${wanted}\n`);
console.log('portal: built');
