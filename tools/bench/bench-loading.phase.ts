import { setTimeout as sleep } from 'node:timers/promises';
import { BenchHttpClient } from './bench-http.client';
import { progressBars } from './bench-progress';
import { syntheticEnterprise, syntheticOpportunity } from './synthetic-data.generator';

export interface LoadResult {
  from: number;
  to: number;
  added: number;
  /** Until the API acknowledged the last write. */
  acknowledgedSeconds: number;
  /** Until every added record was in the search index. */
  searchableSeconds: number;
  searchablePerSecond: number;
}

const IMPORT_BATCH = 500;
const STALL_MS = 180_000;

/** Polls the matcher until the search index holds `expected` documents; fails after 3 minutes without progress. */
async function untilIndexed(client: BenchHttpClient, expected: number, onProgress: (documents: number) => void): Promise<void> {
  let last = -1;
  let lastChange = Date.now();
  for (;;) {
    const { documents, deadLetters } = await client.indexStatus();
    onProgress(documents);
    if (documents >= expected) return;
    if (documents !== last) [last, lastChange] = [documents, Date.now()];
    if (Date.now() - lastChange > STALL_MS) throw new Error(`the index stopped at ${documents}/${expected} documents (${deadLetters} dead letters)`);
    await sleep(100);
  }
}

/** Synthetic opportunities from..to-1 through the bulk import routes, until all are searchable. */
export async function loadOpportunities(client: BenchHttpClient, seed: number, from: number, to: number, documentsBefore: number): Promise<LoadResult> {
  const bars = progressBars();
  const acked = bars.create(to - from, 0, { label: `opportunities ${from}→${to} imported`.padEnd(38) });
  const indexed = bars.create(to - from, 0, { label: 'opportunities searchable'.padEnd(38) });
  const started = performance.now();
  const watcher = untilIndexed(client, documentsBefore + (to - from), (d) => indexed.update(Math.max(0, d - documentsBefore)));
  let failure: unknown = null;
  watcher.catch((error) => (failure = error));
  let done = 0;
  for (let start = from; start < to && !failure; start += IMPORT_BATCH) {
    const batch = Array.from({ length: Math.min(IMPORT_BATCH, to - start) }, (_, k) => syntheticOpportunity(seed, start + k));
    for (const service of ['event-calendar', 'measure-catalogue'] as const) {
      const rows = batch.filter((o) => o.service === service).map((o) => o.input);
      if (rows.length) await client.importOpportunities(service, rows);
    }
    acked.update((done += batch.length));
  }
  const acknowledgedSeconds = (performance.now() - started) / 1000;
  await watcher;
  const searchableSeconds = (performance.now() - started) / 1000;
  bars.stop();
  return { from, to, added: to - from, acknowledgedSeconds, searchableSeconds, searchablePerSecond: (to - from) / searchableSeconds };
}

/**
 * Synthetic firms from..to-1 through `POST /api/enterprises/import` (NDJSON, IMPORT_BATCH firms a
 * request, `writers` requests at a time), until all are searchable.
 */
export async function loadFirms(client: BenchHttpClient, seed: number, from: number, to: number, documentsBefore: number, writers: number): Promise<LoadResult> {
  const bars = progressBars();
  const acked = bars.create(to - from, 0, { label: `firms ${from}→${to} acknowledged`.padEnd(38) });
  const indexed = bars.create(to - from, 0, { label: 'firms searchable'.padEnd(38) });
  const started = performance.now();
  const watcher = untilIndexed(client, documentsBefore + (to - from), (d) => indexed.update(Math.max(0, d - documentsBefore)));
  let next = from;
  let done = 0;
  let failure: unknown = null;
  watcher.catch((error) => (failure = error));
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < to && !failure) {
        const start = next;
        const end = Math.min(to, start + IMPORT_BATCH);
        next = end;
        const { created } = await client.importEnterprises(Array.from({ length: end - start }, (_, k) => syntheticEnterprise(seed, start + k)));
        if (created.length !== end - start) throw new Error(`the import of firms ${start}→${end} created ${created.length}`);
        acked.update((done += created.length));
      }
    }),
  );
  const acknowledgedSeconds = (performance.now() - started) / 1000;
  await watcher;
  const searchableSeconds = (performance.now() - started) / 1000;
  bars.stop();
  return { from, to, added: to - from, acknowledgedSeconds, searchableSeconds, searchablePerSecond: (to - from) / searchableSeconds };
}
