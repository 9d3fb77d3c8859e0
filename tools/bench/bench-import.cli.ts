/**
 * Firm import only, in one process: the embedded platform on a fresh data dir, `--firms` synthetic
 * firms through `POST /api/enterprises/import` (NDJSON, 500 a request, 2 at a time, bodies built
 * before the clock starts), timed until `GET /api/matcher/index` counts them all. Prints one JSON
 * line: seconds until searchable, firms a second, process CPU a firm and the load average. Run it
 * from two checkouts in turn to compare them; `node --cpu-prof` on it profiles the import. The
 * line ends with the process's memory once the bus is drained (after two full collections under
 * `node --expose-gc`: `memoryAfterGc` says whether they ran).
 *
 *   node -r @swc-node/register tools/bench/bench-import.cli.ts --firms 5000 [--seed 14]
 */
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { startInProcessPlatform } from '@fhk/composition/embedded';
import { BenchHttpClient } from './bench-http.client';
import { syntheticEnterprise } from './synthetic-data.generator';

const IMPORT_BATCH = 500;
const WRITERS = 2;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

async function main(): Promise<void> {
  const firms = option('firms', 5000);
  const seed = option('seed', 14);
  const batches: unknown[][] = [];
  for (let start = 0; start < firms; start += IMPORT_BATCH) {
    batches.push(Array.from({ length: Math.min(IMPORT_BATCH, firms - start) }, (_, k) => syntheticEnterprise(seed, start + k)));
  }
  // The in-process platform reads no environment but HTTP_ADAPTER: the analysis workers (ADR 0022) are passed on.
  const workers = process.env.MATCHER_ANALYSIS_WORKERS;
  const platform = await startInProcessPlatform(workers === undefined ? {} : { env: { MATCHER_ANALYSIS_WORKERS: workers } });
  const client = new BenchHttpClient(platform.url);
  const before = (await client.indexStatus()).documents;
  const load = loadavg()[0];
  const cpu = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < batches.length) await client.importEnterprises(batches[next++]);
    }),
  );
  const acknowledged = (performance.now() - started) / 1000;
  while ((await client.indexStatus()).documents < before + firms) await sleep(50);
  const searchable = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const memory = await memoryAfterImport(client, batches);
  console.log(
    JSON.stringify({
      firms,
      acknowledgedSeconds: +acknowledged.toFixed(2),
      searchableSeconds: +searchable.toFixed(2),
      firmsPerSecond: Math.round(firms / searchable),
      cpuMsPerFirm: +((used.user + used.system) / 1000 / firms).toFixed(3),
      loadBefore: load,
      loadAfter: loadavg()[0],
      ...memory,
    }),
  );
  await platform.close();
}

/**
 * The process's memory once the import is done: the request bodies released, the bus drained,
 * then (under `node --expose-gc`) two full collections, so the figure is what stays held. Without
 * `--expose-gc` the figure is taken as is and says so. The process is the platform and this
 * small driver.
 */
async function memoryAfterImport(client: BenchHttpClient, batches: unknown[][]) {
  batches.length = 0;
  while ((await client.indexStatus()).consumerLag > 0) await sleep(50);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  return { memoryAfterGc: gc !== undefined, rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal) };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
