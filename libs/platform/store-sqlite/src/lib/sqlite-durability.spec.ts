import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SqliteDocumentStore } from './sqlite-document-store.adapter';
import { CRASH_COLLECTIONS, orderId } from './testing/sqlite-crash-writer.script';

const REPO_ROOT = resolve(__dirname, '../../../../..');
const WRITER = join(__dirname, 'testing', 'sqlite-crash-writer.script.ts');
const ACKS_BEFORE_KILL = 150;

/** Runs the writer until it acknowledged `acks` commits, SIGKILLs it, returns the acknowledged ids. */
function runAndKill(file: string, synchronous: 'full' | 'normal', acks: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', WRITER, file, synchronous], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killed = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!killed && out.split('\n').length > acks) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (!killed) return fail(new Error(`writer ended before the kill (code ${code}, signal ${signal}): ${err}`));
      const lines = out.split('\n');
      lines.pop(); // an unterminated last line was not fully acknowledged
      done(lines);
    });
  });
}

describe('SqliteDocumentStore durability (SIGKILL mid-stream)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fhk-store-durability-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['full', 'normal'] as const)(
    'synchronous=%s: every acknowledged batch survives, no batch is partially applied',
    async (synchronous) => {
      const file = join(dir, `crash-${synchronous}.db`);
      const acked = await runAndKill(file, synchronous, ACKS_BEFORE_KILL);
      expect(acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

      const raw = new Database(file);
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      raw.close();

      const store = new SqliteDocumentStore({ file });
      try {
        await store.init(CRASH_COLLECTIONS);
        const orders = (await store.find('orders')).map((d) => d.id);
        const outbox = (await store.find('outbox')).map((d) => String(d['orderId']));
        const counter = await store.get('meta', 'counter');

        // Acknowledged ids are present exactly once, in commit order, as a gap-free prefix; at most
        // one more batch may have committed without its acknowledgement being printed.
        expect(acked).toEqual(acked.map((_, i) => orderId(i + 1)));
        expect(new Set(orders).size).toBe(orders.length);
        expect(orders.slice(0, acked.length)).toEqual(acked);
        expect(orders.length - acked.length).toBeLessThanOrEqual(1);
        expect(orders).toEqual(orders.map((_, i) => orderId(i + 1)));
        // All three writes of every batch or none of them.
        expect(outbox).toEqual(orders);
        expect(counter).toMatchObject({ version: orders.length, last: orders[orders.length - 1] });
      } finally {
        await store.close();
      }
    },
  );
});
