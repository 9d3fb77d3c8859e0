#!/usr/bin/env node
// A MongoDB wire-protocol stand-in (FerretDB v1 embedded, SQLite backend) on loopback, for the store
// contract suite in CI: `start` builds it once (Go module proxy), prints its mongodb:// URL; `stop`.
const { spawn, spawnSync } = require('node:child_process');
const { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { createConnection } = require('node:net');
const { join } = require('node:path');
const { freePort, isRunning, readPid, terminate } = require('../scripts/local-server');

const root = join(__dirname, '..', '..');
const state = join(root, 'tmp', 'mongo-stand-in');
const binary = join(state, 'bin', 'mongo-stand-in');
const files = { pid: join(state, 'server.pid'), url: join(state, 'url'), log: join(state, 'server.log'), data: join(state, 'data') };

const say = (message) => process.stderr.write(`mongo-stand-in: ${message}\n`);
const fail = (message) => {
  say(message);
  process.exit(1);
};

function build() {
  const stamp = join(state, 'bin', '.built-from');
  const source = ['go.mod', 'go.sum', 'main.go'].map((f) => readFileSync(join(__dirname, f), 'utf8')).join('\0');
  if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === source) return;
  say('building FerretDB v1 from the Go module proxy (once; a few minutes on 2 cores) …');
  const go = spawnSync('go', ['build', '-o', binary, '.'], { cwd: __dirname, stdio: ['ignore', 2, 2], env: { ...process.env, GOFLAGS: '-mod=mod' } });
  if (go.error) fail(`cannot run go (${go.error.message}): Go 1.24 or later is needed`);
  if (go.status !== 0) fail('go build failed');
  writeFileSync(stamp, source);
}

const accepts = (port) =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

const isOurs = (pid) => isRunning(pid, [binary]);

async function start() {
  mkdirSync(state, { recursive: true });
  build();
  const running = readPid(files.pid);
  if (running && isOurs(running) && existsSync(files.url)) {
    process.stdout.write(readFileSync(files.url, 'utf8'));
    return;
  }
  rmSync(files.data, { recursive: true, force: true });
  mkdirSync(files.data, { recursive: true });
  const port = await freePort();
  const out = openSync(files.log, 'w');
  const child = spawn(binary, [`127.0.0.1:${port}`, files.data], { detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  child.unref();
  writeFileSync(files.pid, `${child.pid}\n`);
  const deadline = Date.now() + 30_000;
  while (!(await accepts(port))) {
    if (!isOurs(child.pid)) fail(`exited during start:\n${readFileSync(files.log, 'utf8')}`);
    if (Date.now() > deadline) fail('no connection within 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = `mongodb://127.0.0.1:${port}/\n`;
  writeFileSync(files.url, url);
  say(`ready (pid ${child.pid}), log ${files.log}`);
  process.stdout.write(url);
}

async function stop() {
  const pid = readPid(files.pid);
  if (pid && isOurs(pid)) {
    await terminate(pid, [binary], 10_000);
    say(`stopped (pid ${pid})`);
  } else {
    say('not running');
  }
  rmSync(files.pid, { force: true });
  rmSync(files.url, { force: true });
}

const command = { start, stop }[process.argv[2]];
if (!command) fail('usage: mongo-stand-in.js start|stop');
command().catch((error) => fail(error.stack || String(error)));
