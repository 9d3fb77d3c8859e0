// Helpers for the tools that run a local server for tests (tools/kafka, tools/mongo-stand-in):
// a free loopback port, and a pid file whose process is checked to be ours before it is signalled.
const { existsSync, readFileSync } = require('node:fs');
const { createServer } = require('node:net');

/** A port that was free on 127.0.0.1 a moment ago. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The pid in `file`, or null. */
function readPid(file) {
  const pid = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : NaN;
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * True when `pid` is alive and its command line contains every one of `marks` (so a recycled pid
 * of another program is never signalled). Without /proc (macOS) it trusts the pid file.
 */
function isRunning(pid, marks) {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return marks.every((mark) => cmdline.includes(mark));
  } catch {
    if (existsSync('/proc/self')) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/** SIGTERM, wait up to `graceMs`, then SIGKILL. Resolves when it is gone. */
async function terminate(pid, marks, graceMs) {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isRunning(pid, marks) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (!isRunning(pid, marks)) return 'stopped';
  process.kill(pid, 'SIGKILL');
  return 'killed';
}

module.exports = { freePort, readPid, isRunning, terminate };
