#!/usr/bin/env node
// Out-of-process stall watchdog for one Jest run (started by jest-stall-watchdog.reporter.js).
//
// A stall is what CI saw once in `platform:test` (session 8): no test result for many minutes while
// the Jest process and its children use no CPU, so no test timeout ever fires (a blocked or
// idle event loop). When both hold for STALL_MINUTES, this prints what the process is doing (thread
// states, the native and the JavaScript stack through gdb, its children), writes
// tmp/jest-stalls/<name>.json for `npm test` (tools/scripts/run-tests.js) and kills the run, so CI
// fails loudly with a diagnosis instead of hanging until its time limit.
//
// argv: <jest pid> <heartbeat file> <name>; env JEST_STALL_MINUTES (default 8), JEST_STALL_IDLE_CPU_SECONDS
// (default 2), JEST_STALL_SAMPLE_MS (default 15000) and JEST_STALLS_DIR (default tmp/jest-stalls) for its own spec.
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const [pidText, heartbeat, name] = process.argv.slice(2);
const pid = Number(pidText);
const stallMs = Number(process.env.JEST_STALL_MINUTES || 8) * 60_000;
// Less than this much CPU (s) over the whole window counts as "no CPU".
const idleCpuSeconds = Number(process.env.JEST_STALL_IDLE_CPU_SECONDS || 2);
const sampleMs = Number(process.env.JEST_STALL_SAMPLE_MS || 15_000);
const ticksPerSecond = 100; // getconf CLK_TCK on Linux

/** utime + stime of a process (clock ticks) and its parent pid, or null when it is gone. */
function stat(p) {
  try {
    const text = readFileSync(`/proc/${p}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), state: fields[0] };
  } catch {
    return null;
  }
}

/** The process and every descendant, from /proc. */
function tree(root) {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(entry);
    if (s) parents.set(Number(entry), s.ppid);
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [child, parent] of parents) if (parent === out[i] && child !== process.pid) out.push(child);
  return out;
}

const treeTicks = () => tree(pid).reduce((sum, p) => sum + (stat(p)?.ticks ?? 0), 0);
// A zombie (exited, not yet reaped) or a reaped process has ended: nothing to watch.
const alive = () => {
  const s = stat(pid);
  return s !== null && s.state !== 'Z' && s.state !== 'X';
};
const say = (line) => process.stderr.write(`[jest stall watchdog] ${line}\n`);

function diagnose(minutes, lastEvent) {
  say(`${name}: no test result for ${minutes} min and under ${idleCpuSeconds} s of CPU in that time (pid ${pid}); last event: ${lastEvent}`);
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const comm = readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8').trim();
    const wchan = existsSync(`/proc/${pid}/task/${task}/wchan`) ? readFileSync(`/proc/${pid}/task/${task}/wchan`, 'utf8').trim() : '?';
    say(`thread ${task} ${comm} state ${stat(`${pid}/task/${task}`)?.state ?? '?'} wchan ${wchan}`);
  }
  for (const p of tree(pid).slice(1)) {
    let cmd = '?';
    try {
      cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' ').slice(0, 200);
    } catch {
      /* gone */
    }
    say(`child ${p}: ${cmd}`);
  }
  // gdb prints the native stacks here and makes V8 print the JavaScript stack on the process's own stdout.
  const gdb = spawnSync('gdb', ['-p', String(pid), '-batch', '-ex', 'thread apply all bt 25', '-ex', 'call (void)_v8_internal_Print_StackTrace()'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (gdb.error) say(`gdb not available (${gdb.error.message}): no stacks`);
  else process.stderr.write(`${gdb.stdout}\n${gdb.stderr}\n`);
}

let window = [{ at: Date.now(), ticks: treeTicks() }];
const timer = setInterval(() => {
  if (!alive()) process.exit(0);
  const now = Date.now();
  window.push({ at: now, ticks: treeTicks() });
  window = window.filter((s) => now - s.at <= stallMs + sampleMs);
  let beatAt = 0;
  let lastEvent = '(none yet)';
  try {
    beatAt = statSync(heartbeat).mtimeMs;
    lastEvent = readFileSync(heartbeat, 'utf8').trim();
  } catch {
    /* no event yet: the run's start counts */
  }
  const quietFor = now - Math.max(beatAt, window[0].at);
  const oldest = window.find((s) => now - s.at >= stallMs);
  if (quietFor < stallMs || !oldest) return;
  const cpuSeconds = (window[window.length - 1].ticks - oldest.ticks) / ticksPerSecond;
  // A run that ended between the samples (its ticks gone from the sum) is no stall.
  if (cpuSeconds >= idleCpuSeconds || cpuSeconds < 0 || !alive()) return;
  clearInterval(timer);
  // The marker first: the diagnosis may end the run itself (gdb's call into V8 can abort it).
  const dir = process.env.JEST_STALLS_DIR || join(__dirname, '..', '..', 'tmp', 'jest-stalls');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ name, lastEvent, minutes: Math.round(quietFor / 60_000), at: new Date().toISOString() }));
  try {
    diagnose(Math.round(quietFor / 60_000), lastEvent);
  } catch (error) {
    say(`${name}: the run ended while being diagnosed (${error.code ?? error.message})`);
  }
  const doomed = tree(pid);
  say(`${name}: killing the stalled run and its children (SIGKILL ${doomed.join(' ')})`);
  for (const p of doomed.reverse()) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  process.exit(0);
}, sampleMs);
