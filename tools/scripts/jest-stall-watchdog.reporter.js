// Jest reporter: keeps a heartbeat file of the run's last event (file started, test finished, file
// finished) and starts jest-stall-watchdog.process.js beside the run, which kills the run with a
// diagnosis when it has stalled (no event and no CPU for JEST_STALL_MINUTES). The watchdog must live
// in another process: a stalled run's own timers never fire. JEST_STALL_WATCHDOG=off turns it off.
const { spawn } = require('node:child_process');
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const workspace = join(__dirname, '..', '..');

class JestStallWatchdogReporter {
  constructor(globalConfig) {
    this.name = relative(workspace, globalConfig.rootDir).replace(/[^\w.-]+/g, '_') || 'workspace';
    this.heartbeat = join(workspace, 'tmp', 'jest-heartbeats', `${this.name}-${process.pid}.txt`);
    this.watchdog = null;
  }

  beat(event) {
    writeFileSync(this.heartbeat, `${new Date().toISOString()} ${event}\n`);
  }

  onRunStart() {
    if (process.env.JEST_STALL_WATCHDOG === 'off' || process.platform !== 'linux') return;
    mkdirSync(join(workspace, 'tmp', 'jest-heartbeats'), { recursive: true });
    this.beat('run started');
    this.watchdog = spawn(process.execPath, [join(__dirname, 'jest-stall-watchdog.process.js'), String(process.pid), this.heartbeat, this.name], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    this.watchdog.unref();
  }

  onTestFileStart(test) {
    if (this.watchdog) this.beat(`started ${relative(workspace, test.path)}`);
  }

  onTestCaseResult(test, result) {
    if (this.watchdog) this.beat(`${result.status} in ${relative(workspace, test.path)}: ${result.fullName}`);
  }

  onTestFileResult(test) {
    if (this.watchdog) this.beat(`finished ${relative(workspace, test.path)}`);
  }

  onRunComplete() {
    this.watchdog?.kill();
    this.watchdog = null;
  }
}

module.exports = JestStallWatchdogReporter;
