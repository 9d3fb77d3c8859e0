#!/usr/bin/env node
// `npm test`: lint, typecheck and test every project through Nx (cached, two at a time), then
// print one closing line with the totals across all Jest runs: "N passed, N failed, N skipped".
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const resultsDir = join(root, 'tmp', 'jest-results');
rmSync(resultsDir, { recursive: true, force: true });

const extra = process.argv.slice(2);
const nx = spawnSync(
  process.execPath,
  [require.resolve('nx/bin/nx', { paths: [root] }), 'run-many', '-t', 'lint', 'typecheck', 'test', '--output-style=stream', ...extra],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' } },
);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(resultsDir)) {
  for (const file of readdirSync(resultsDir).filter((f) => f.endsWith('.json'))) {
    const result = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
    passed += result.numPassedTests;
    failed += result.numFailedTests;
    skipped += result.numPendingTests + result.numTodoTests;
  }
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(nx.status ?? 1);
