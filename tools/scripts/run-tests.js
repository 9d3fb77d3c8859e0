#!/usr/bin/env node
// `npm test`: lint, typecheck and test every project through Nx (cached, two at a time), then
// print one closing line with the totals across all Jest runs: "N passed, N failed, N skipped".
// A Jest run the stall watchdog killed (no result and no CPU for minutes, see
// jest-stall-watchdog.process.js; its diagnosis is in the log above) is named, and the failed tasks run
// once more: Nx runs again only what did not succeed. Any other failure fails as before.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const resultsDir = join(root, 'tmp', 'jest-results');
const stallsDir = join(root, 'tmp', 'jest-stalls');
for (const dir of [resultsDir, stallsDir, join(root, 'tmp', 'jest-heartbeats')]) rmSync(dir, { recursive: true, force: true });

const extra = process.argv.slice(2);
const runAll = () =>
  spawnSync(
    process.execPath,
    [require.resolve('nx/bin/nx', { paths: [root] }), 'run-many', '-t', 'lint', 'typecheck', 'test', '--output-style=stream', ...extra],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' } },
  );
const jsonIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))) : []);
let nx = runAll();
const stalls = jsonIn(stallsDir);
// Only a run whose every failure is a stall is tried again: a test that failed is never retried.
const testsFailed = jsonIn(resultsDir).some((r) => r.numFailedTests > 0);
if (nx.status !== 0 && stalls.length > 0 && !testsFailed) {
  for (const stall of stalls) {
    console.log(`\nSTALLED: ${stall.name} made no progress for ${stall.minutes} min at ~0 % CPU (last event: ${stall.lastEvent}); the watchdog's diagnosis is above.`);
  }
  console.log('Running the tasks that did not succeed once more (Nx reruns only those).\n');
  rmSync(stallsDir, { recursive: true, force: true });
  nx = runAll();
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const result of jsonIn(resultsDir)) {
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + result.numTodoTests;
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(nx.status ?? 1);
