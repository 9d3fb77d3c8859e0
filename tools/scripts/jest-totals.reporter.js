// Jest reporter: writes each project's totals to tmp/jest-results/<displayName>.json so that
// `npm test` can print one closing line across all projects (Nx caches the file with the run).
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class JestTotalsReporter {
  constructor(globalConfig) {
    this.name = globalConfig.projectName ?? null;
  }

  onRunComplete(contexts, results) {
    const [context] = [...contexts];
    const displayName = context?.config?.displayName?.name ?? context?.config?.displayName ?? 'unnamed';
    const dir = join(__dirname, '..', '..', 'tmp', 'jest-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `${displayName}.json`),
      JSON.stringify({
        numPassedTests: results.numPassedTests,
        numFailedTests: results.numFailedTests,
        numPendingTests: results.numPendingTests,
        numTodoTests: results.numTodoTests,
      }),
    );
  }
}

module.exports = JestTotalsReporter;
