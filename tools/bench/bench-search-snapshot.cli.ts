/**
 * The Orama adapter alone, at a size, without the platform: `--documents N` synthetic firm search
 * documents (the bench's firms through the matcher's mapper, as the projection stores them; made once
 * and kept in `--cache FILE`, about 0.8 ms a document), upserted in batches of 500 into an
 * `OramaSearchEngine`, saved as a snapshot, then loaded by a fresh engine. Prints one JSON line: upsert,
 * save and load ms, heap used after GC with the upserted index and with the loaded one (the
 * adapter's own memory: everything else is released before each figure), ArrayBuffers (packed
 * postings), the snapshot's bytes, the median and max of a few searches, and a digest of the answers
 * of both engines to the same queries (they must be equal, and equal across checkouts).
 * Run it from the checkout to measure (the adapter and mapper are that checkout's):
 *
 *   node --expose-gc -r @swc-node/register tools/bench/bench-search-snapshot.cli.ts --documents 110000 --cache tmp/firm-documents-110000.v8
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { Enterprise } from '@fhk/contracts';
import { enterpriseSearchDocument, SEARCH_INDEX } from '@fhk/matcher/feature';
import { SearchDocument, SearchEngine } from '@fhk/platform/search';
import { OramaSearchEngine } from '@fhk/platform/search-orama';
import { syntheticEnterprise } from './synthetic-data.generator';

const QUERIES = ['zhangzhou', 'electron', 'tea', 'financ', 'led light', 'zzczhangzhou zzielectronics', ''];
const FILTERS: Array<Record<string, string>> = [{}, { cities: 'xiamen' }, { type: 'enterprise' }];
const BATCH = 500;
const at = '2026-01-01T00:00:00.000Z';

function firmDocuments(n: number): SearchDocument[] {
  return Array.from({ length: n }, (_, i) => {
    const firm = { version: 1, employees: null, language: null, outreachConsent: false, ownerId: null, contact: null, createdAt: at, updatedAt: at, industry: null, products: null, needs: null, markets: null, ...syntheticEnterprise(14, i), id: `firm-${i}` };
    return enterpriseSearchDocument(firm as Enterprise);
  });
}

function heapMb(): { heap: number; arrayBuffers: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heap: heapUsed / 2 ** 20, arrayBuffers: arrayBuffers / 2 ** 20 };
}

const settle = async (): Promise<{ heap: number; arrayBuffers: number }> => {
  heapMb();
  await new Promise((resolve) => setTimeout(resolve, 1000)); // ArrayBuffers are freed after the sweep
  return heapMb();
};

async function answers(engine: SearchEngine): Promise<string> {
  const hash = createHash('sha256');
  for (const text of QUERIES) {
    for (const filter of FILTERS) {
      hash.update(JSON.stringify(await engine.search(SEARCH_INDEX.name, { text, filter, facets: ['type', 'cities', 'industries'], limit: 50, offset: text ? 0 : 10 })));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { documents: { type: 'string' }, cache: { type: 'string' } } });
  const n = Number(values.documents ?? 20_000);
  const cache = values.cache;
  const before = await settle();
  let documents = cache && existsSync(cache) ? (deserialize(readFileSync(cache)) as SearchDocument[]) : firmDocuments(n);
  if (documents.length !== n) throw new Error(`${cache} holds ${documents.length} documents, not ${n}`);
  if (cache && !existsSync(cache)) writeFileSync(cache, serialize(documents));
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-snapshot-'));
  const round = (x: number) => Math.round(x * 10) / 10;
  try {
    let original: OramaSearchEngine | null = new OramaSearchEngine({ snapshotDir: dir });
    await original.ensureIndex(SEARCH_INDEX);
    let started = performance.now();
    for (let i = 0; i < documents.length; i += BATCH) await original.upsert(SEARCH_INDEX.name, documents.slice(i, i + BATCH));
    const upsertMs = performance.now() - started;
    documents = [];
    const upserted = await settle();
    started = performance.now();
    const saved = await original.saveSnapshot(SEARCH_INDEX.name, { bench: true });
    const saveMs = performance.now() - started;
    const digestUpserted = await answers(original);
    await original.close();
    original = null;
    const empty = await settle();
    const loaded = new OramaSearchEngine({ snapshotDir: dir });
    started = performance.now();
    const load = await loaded.loadSnapshot(SEARCH_INDEX);
    const loadMs = performance.now() - started;
    if (!load.loaded) throw new Error(`the snapshot was not loaded: ${load.problem}`);
    const restored = await settle();
    const digestLoaded = await answers(loaded);
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      for (const text of QUERIES) {
        const t = performance.now();
        await loaded.search(SEARCH_INDEX.name, { text, facets: ['type', 'cities', 'industries'], limit: 20 });
        times.push(performance.now() - t);
      }
    }
    times.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        documents: n,
        upsertMs: Math.round(upsertMs),
        upserted: { heapMb: round(upserted.heap - before.heap), arrayBuffersMb: round(upserted.arrayBuffers - before.arrayBuffers) },
        saveMs: Math.round(saveMs),
        snapshotBytes: saved?.bytes,
        loadMs: Math.round(loadMs),
        loaded: { heapMb: round(restored.heap - empty.heap), arrayBuffersMb: round(restored.arrayBuffers - empty.arrayBuffers) },
        searchMs: { median: round(times[Math.floor(times.length / 2)]), max: round(times[times.length - 1]) },
        digestUpserted,
        digestLoaded,
        load: loadavg().map((x) => x.toFixed(2)).join(' '),
      }),
    );
    await loaded.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
