/**
 * Child process for sqlite-durability.spec.ts (run with `node -r @swc-node/register`):
 * commits batches in a loop and prints each order id only after its commit resolved, until the
 * parent SIGKILLs it. Each batch writes an order, its outbox event and a versioned counter, so a
 * partially applied batch would show up as a mismatch after the crash.
 *
 * Usage: sqlite-crash-writer.script.ts <file> <full|normal>
 */
import { SqliteDocumentStore } from '../sqlite-document-store.adapter';

export const CRASH_COLLECTIONS = [{ name: 'orders' }, { name: 'outbox' }, { name: 'meta' }];
const MAX_BATCHES = 50_000; // stops by itself even if nobody kills it
const DEADLINE_MS = 30_000;

export const orderId = (n: number): string => `o${String(n).padStart(6, '0')}`;

async function main(file: string, synchronous: 'full' | 'normal'): Promise<void> {
  const store = new SqliteDocumentStore({ file, synchronous });
  await store.init(CRASH_COLLECTIONS);
  const payload = { text: '資金池 '.repeat(200), numbers: Array.from({ length: 50 }, (_, i) => i) };
  const started = Date.now();
  for (let n = 1; n <= MAX_BATCHES && Date.now() - started < DEADLINE_MS; n++) {
    const id = orderId(n);
    await store.commit([
      { op: 'insert', collection: 'orders', document: { id, n, payload } },
      { op: 'insert', collection: 'outbox', document: { id: `evt-${id}`, orderId: id } },
      { op: 'put', collection: 'meta', document: { id: 'counter', version: n, last: id }, expectedVersion: n === 1 ? null : n - 1 },
    ]);
    process.stdout.write(`${id}\n`); // synchronous on a pipe on Linux: printed means acknowledged
  }
  await store.close();
}

if (require.main === module) {
  const [file, mode] = process.argv.slice(2);
  main(file, mode === 'normal' ? 'normal' : 'full').catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
