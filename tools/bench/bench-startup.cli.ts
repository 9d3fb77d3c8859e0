/**
 * `node -r @swc-node/register tools/bench/bench-startup.cli.ts --data-dir DIR [--rounds N]`:
 * start-up on a loaded data directory (e.g. one kept by `npm run bench -- --keep-data --data-dir DIR`),
 * with the search index snapshot off and on (ADR 0020), alternating so both meet the same
 * neighbours. Each start is a fresh server process (bench-server.cli.ts) that is closed gracefully,
 * so the "on" starts read the snapshot the previous graceful shutdown wrote. Prints one line a start
 * and the medians; the index must hold the same number of documents every time.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { BenchHttpClient } from './bench-http.client';
import { BenchServerProcess } from './bench-server.process';
import { percentile, round } from './bench-stats';

async function startOnce(dataDir: string, snapshot: boolean): Promise<{ startupMs: number; bootMs: number; rssMb: number; heapUsedMb: number; documents: number }> {
  process.env.SEARCH_SNAPSHOT = String(snapshot);
  const server = await BenchServerProcess.start(dataDir, 'fastify');
  try {
    const metrics = await server.metrics({ gc: true });
    const { documents } = await new BenchHttpClient(server.url).indexStatus();
    return { startupMs: server.startupMs, bootMs: server.bootMs, rssMb: metrics.rssMb, heapUsedMb: metrics.heapUsedMb, documents };
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, rounds: { type: 'string', default: '3' } } });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir is required (a data directory the bench kept)');
  const rounds = Number(values.rounds);
  // Writes the first snapshot (or refreshes it) so that every "on" start below has one.
  await startOnce(dataDir, true);
  const times: Record<'off' | 'on', number[]> = { off: [], on: [] };
  let documents: number | null = null;
  for (let round_ = 0; round_ < rounds; round_++) {
    for (const mode of ['off', 'on'] as const) {
      const run = await startOnce(dataDir, mode === 'on');
      if (documents !== null && run.documents !== documents) throw new Error(`snapshot ${mode}: the index holds ${run.documents} documents, before ${documents}`);
      documents = run.documents;
      times[mode].push(run.startupMs);
      console.log(
        `snapshot ${mode}: ready in ${round(run.startupMs / 1000, 1)} s (platform boot ${round(run.bootMs / 1000, 1)} s), RSS ${Math.round(run.rssMb)} MB, heap ${Math.round(run.heapUsedMb)} MB, ${run.documents} documents; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`,
      );
    }
  }
  for (const mode of ['off', 'on'] as const) console.log(`snapshot ${mode}: median ${round(percentile([...times[mode]].sort((a, b) => a - b), 50) / 1000, 1)} s over ${rounds}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
