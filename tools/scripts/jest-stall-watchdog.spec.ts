import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The stall watchdog against real processes: one whose event loop is blocked (killed, diagnosed,
 * marked), one busy on the CPU and one idle but reporting progress (both left alone).
 */
const WATCHDOG = join(__dirname, 'jest-stall-watchdog.process.js');
const STALL_MINUTES = 0.1; // 6 s
const hasGdb = spawnSync('gdb', ['--version']).status === 0;

interface Watched {
  target: ChildProcess;
  targetOut: () => string;
  watchdogErr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  marker: string;
}

function watch(dir: string, name: string, code: string): Watched {
  const heartbeat = join(dir, `${name}.txt`);
  const target = spawn(process.execPath, ['-e', code, heartbeat], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  target.stdout!.on('data', (d) => (out += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => target.on('exit', (code, signal) => resolve({ code, signal })));
  const watchdog = spawn(process.execPath, [WATCHDOG, String(target.pid), heartbeat, name], {
    env: {
      ...process.env,
      JEST_STALL_MINUTES: String(STALL_MINUTES),
      JEST_STALL_SAMPLE_MS: '250',
      // A blocked process uses no CPU; a busy one gets far more than 0.2 s of 6 even on a loaded machine.
      JEST_STALL_IDLE_CPU_SECONDS: '0.2',
      JEST_STALLS_DIR: dir,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  watchdog.stderr!.on('data', (d) => (err += d));
  return { target, targetOut: () => out, watchdogErr: () => err, exit, marker: join(dir, `${name}.json`) };
}

describe('jest stall watchdog', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'stall-watchdog-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('kills a run whose event loop is blocked, says where it was, and marks the stall', async () => {
    const run = watch(dir, 'blocked', `require('node:fs').writeFileSync(process.argv[1], 'started blocked.spec.ts'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120000);`);
    const { signal } = await run.exit;
    // Killed by the watchdog (SIGKILL), or, on CPUs whose extended register state gdb cannot write
    // back after its call into V8 ("Couldn't write extended state status"), aborted by that call
    // just after the JavaScript stack was printed: either way the stalled run ends, diagnosed.
    expect(['SIGKILL', 'SIGABRT']).toContain(signal);
    expect(run.watchdogErr()).toMatch(/blocked: no test result for \d+ min and under 0.2 s of CPU .* last event: started blocked\.spec\.ts/);
    const marker = JSON.parse(readFileSync(run.marker, 'utf8'));
    expect(marker).toMatchObject({ name: 'blocked', lastEvent: 'started blocked.spec.ts' });
    if (hasGdb) expect(run.targetOut()).toMatch(/JS stack trace[\s\S]*wait\(/);
    else process.stdout.write('jest-stall-watchdog.spec: gdb is not installed here, so the stack dump is not checked\n');
  }, 60_000);

  it('leaves alone a run that is busy on the CPU, and one that is idle but still reporting results', async () => {
    const busy = watch(dir, 'busy', `const end = Date.now() + 9000; while (Date.now() < end) {}`);
    const reporting = watch(
      dir,
      'reporting',
      `const fs = require('node:fs'); let n = 0; const t = setInterval(() => { fs.writeFileSync(process.argv[1], 'passed test ' + ++n); if (n === 18) clearInterval(t); }, 500);`,
    );
    expect(await busy.exit).toEqual({ code: 0, signal: null });
    expect(await reporting.exit).toEqual({ code: 0, signal: null });
    expect(existsSync(busy.marker) || existsSync(reporting.marker)).toBe(false);
    expect(busy.watchdogErr() + reporting.watchdogErr()).toBe('');
  }, 60_000);
});
