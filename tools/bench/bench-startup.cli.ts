/**
 * `node -r @swc-node/register tools/bench/bench-startup.cli.ts --data-dir DIR [--rounds N]`:
 * start-up on a loaded data directory (e.g. one kept by `npm run bench -- --keep-data --data-dir DIR`),
 * with the snapshots (search index, ADR 0020; matching corpus, ADR 0021) off and on, alternating so
 * both meet the same neighbours. Each start is a fresh server process (bench-server.cli.ts) that is
 * closed gracefully, so the "on" starts read the snapshots the previous graceful shutdown wrote.
 * For each start: HTTP up (from fork), ready (`GET /api/health/ready` 200, polled), and the first
 * `POST /api/match` sent once ready, i.e. what the first visitor after a start waits for; memory
 * after GC then; then the first outreach list (it waits for the firm index, loaded in the background
 * after the corpus) and memory after GC again, with everything loaded.
 * Prints one line a start and the medians; the index must hold the same number of documents every time.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { BenchHttpClient } from './bench-http.client';
import { BenchServerProcess } from './bench-server.process';
import { percentile, round } from './bench-stats';
import { outreachTargets } from './bench-measurements.phase';
import { syntheticMatchRequest } from './synthetic-data.generator';

/** How often readiness is asked for after the server answers HTTP (each answer counts the index: not too often). */
const READY_POLL_MS = 500;

interface StartFigures {
  startupMs: number;
  bootMs: number;
  readyMs: number;
  firstMatchMs: number;
  rssMb: number;
  /** From the start to the first outreach list (the firm index loaded). */
  firstOutreachMs: number;
  /** RSS and heap used after GC once the first outreach list is answered: everything loaded. */
  loaded: { rssMb: number; heapUsedMb: number };
  heapUsedMb: number;
  heapTotalMb: number;
  oldSpaceMb: { held: number; used: number };
  externalMb: number;
  residentMb: { anonymous: number; fileBacked: number } | null;
  documents: number;
}

async function startOnce(dataDir: string, snapshot: boolean, round_: number): Promise<StartFigures> {
  process.env.SEARCH_SNAPSHOT = String(snapshot);
  const forked = performance.now();
  const server = await BenchServerProcess.start(dataDir, 'fastify');
  try {
    const client = new BenchHttpClient(server.url);
    await server.untilReady(READY_POLL_MS);
    const readyMs = performance.now() - forked;
    const sent = performance.now();
    await client.match(syntheticMatchRequest(14, round_));
    const firstMatchMs = performance.now() - sent;
    const metrics = await server.metrics({ gc: true });
    const { documents } = await client.indexStatus();
    const [target] = outreachTargets(14);
    await client.outreach(target.type, target.id);
    const firstOutreachMs = performance.now() - forked;
    const afterOutreach = await server.metrics({ gc: true });
    const loaded = { rssMb: afterOutreach.rssMb, heapUsedMb: afterOutreach.heapUsedMb };
    return { startupMs: server.startupMs, bootMs: server.bootMs, readyMs, firstMatchMs, firstOutreachMs, loaded, rssMb: metrics.rssMb, heapUsedMb: metrics.heapUsedMb, heapTotalMb: metrics.heapTotalMb, oldSpaceMb: metrics.oldSpaceMb, externalMb: metrics.externalMb, residentMb: metrics.residentMb, documents };
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, rounds: { type: 'string', default: '3' }, modes: { type: 'string' } } });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir is required (a data directory the bench kept)');
  const rounds = Number(values.rounds);
  const modes = (values.modes ?? 'off,on').split(',') as Array<'off' | 'on'>;
  // Writes the first snapshots (or refreshes them) so that every "on" start below has them.
  if (modes.includes('on')) await startOnce(dataDir, true, 0);
  const times: Record<'off' | 'on', { http: number[]; ready: number[]; firstMatch: number[] }> = { off: { http: [], ready: [], firstMatch: [] }, on: { http: [], ready: [], firstMatch: [] } };
  let documents: number | null = null;
  const s = (ms: number) => round(ms / 1000, 1);
  for (let round_ = 0; round_ < rounds; round_++) {
    for (const mode of modes) {
      const run = await startOnce(dataDir, mode === 'on', round_ + 1);
      if (documents !== null && run.documents !== documents) throw new Error(`snapshots ${mode}: the index holds ${run.documents} documents, before ${documents}`);
      documents = run.documents;
      times[mode].http.push(run.startupMs);
      times[mode].ready.push(run.readyMs);
      times[mode].firstMatch.push(run.firstMatchMs);
      console.log(
        `snapshots ${mode}: HTTP in ${s(run.startupMs)} s (platform boot ${s(run.bootMs)} s), ready in ${s(run.readyMs)} s, first match ${s(run.firstMatchMs)} s; RSS ${Math.round(run.rssMb)} MB, heap ${Math.round(run.heapUsedMb)} of ${Math.round(run.heapTotalMb)} MB held (old space ${Math.round(run.oldSpaceMb.used)} of ${Math.round(run.oldSpaceMb.held)}), external ${Math.round(run.externalMb)} MB${run.residentMb ? `, resident anonymous ${Math.round(run.residentMb.anonymous)} MB / file-backed ${Math.round(run.residentMb.fileBacked)} MB` : ''}, ${run.documents} documents; first outreach list ${s(run.firstOutreachMs)} s after the start, then RSS ${Math.round(run.loaded.rssMb)} MB, heap ${Math.round(run.loaded.heapUsedMb)} MB used; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`,
      );
    }
  }
  const median = (xs: number[]) => s(percentile([...xs].sort((a, b) => a - b), 50));
  for (const mode of modes) {
    const t = times[mode];
    console.log(`snapshots ${mode}: median HTTP ${median(t.http)} s, ready ${median(t.ready)} s, first match ${median(t.firstMatch)} s over ${rounds}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
