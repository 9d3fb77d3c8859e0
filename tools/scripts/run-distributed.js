#!/usr/bin/env node
// `npm run test:distributed`: the services as separate processes over a real Kafka broker
// (tools/distributed). Uses KAFKA_BROKERS when set; otherwise starts the local broker
// (tools/kafka, npm run kafka:start) and stops it afterwards. Closes with "N passed, N failed, N skipped".
const { spawnSync } = require('node:child_process');
const { readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const broker = join(root, 'tools', 'kafka', 'kafka-broker.js');
const node = (args, options = {}) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', ...options });

let startedBroker = false;
if (!process.env.KAFKA_BROKERS) {
  const started = node([broker, 'start'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (started.status !== 0) process.exit(started.status ?? 1);
  process.env.KAFKA_BROKERS = started.stdout.trim();
  startedBroker = true;
}
console.log(`test:distributed: KAFKA_BROKERS=${process.env.KAFKA_BROKERS}`);

const results = join(root, 'tmp', 'jest-results-distributed.json');
rmSync(results, { force: true });
const jest = node([require.resolve('jest/bin/jest', { paths: [root] }), '-c', 'tools/distributed/jest.config.js', '--runInBand', '--json', `--outputFile=${results}`, ...process.argv.slice(2)]);
if (startedBroker) node([broker, 'stop']);

let totals = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 };
try {
  totals = JSON.parse(readFileSync(results, 'utf8'));
} catch {
  console.log('test:distributed: jest wrote no results');
}
console.log(`\n${totals.numPassedTests} passed, ${totals.numFailedTests} failed, ${totals.numPendingTests + totals.numTodoTests} skipped`);
process.exit(jest.status ?? 1);
