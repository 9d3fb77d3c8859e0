/**
 * Outreach over HTTP on a data dir `npm run bench -- --data-dir DIR --keep-data` left behind:
 * starts the platform on it (bench-server.process.ts), warms it up on opportunities not measured,
 * then times `GET /api/match/opportunities/:type/:id/enterprises` for every target of the bench
 * (`outreachTargets`) with each filter below: the first request of each (the ranking not cached:
 * candidates, bounds, exact scores, reasons) and the same request again (cached). Prints one JSON
 * line with the load average; one process a round, so that two checkouts can be alternated on the
 * same data (a fresh server each time: nothing cached):
 *
 *   node -r @swc-node/register tools/bench/bench-outreach.cli.ts --data-dir DIR [--passes N] [--http-adapter fastify] [--seed 14]
 *
 * `--passes N` asks every request N times, each pass with another minimum size (a filter not cached).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { RoleTokens } from '@fhk/platform/auth';
import { outreachTargets } from './bench-measurements.phase';
import { BenchServerProcess } from './bench-server.process';
import { latencyStats } from './bench-stats';
import { syntheticOpportunity } from './synthetic-data.generator';

/** The outreach query's filters as staff use them: by role, as the route allows them. */
const QUERIES: ReadonlyArray<{ name: string; role: 'agency-staff' | 'platform-admin'; query: string }> = [
  { name: 'consenting (default)', role: 'agency-staff', query: '' },
  { name: 'all firms (consent=false)', role: 'platform-admin', query: 'consent=false' },
  { name: 'city 泉州', role: 'agency-staff', query: `city=${encodeURIComponent('泉州')}` },
  { name: 'industry tea, 10–500 employees', role: 'agency-staff', query: 'industry=tea&minEmployees=10&maxEmployees=500' },
  { name: 'second page of 50', role: 'agency-staff', query: 'offset=50' },
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, 'http-adapter': { type: 'string' }, seed: { type: 'string' }, passes: { type: 'string' } } });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir DIR is required (a data dir the bench kept)');
  const seed = Number(values.seed ?? 14);
  const passes = Number(values.passes ?? 1);
  const loadAtStart = loadavg();
  const server = await BenchServerProcess.start(dataDir, values['http-adapter'] ?? 'fastify');
  try {
    const tokens = RoleTokens.for(server.url);
    const get = async (role: string, type: string, id: string, query: string) => {
      const t = performance.now();
      const res = await tokens.http<{ total: number }>(role as 'agency-staff', `${server.url}/api/match/opportunities/${type}/${encodeURIComponent(id)}/enterprises?limit=50${query ? `&${query}` : ''}`);
      const ms = performance.now() - t;
      if (res.status !== 200) throw new Error(`outreach ${type}/${id}?${query} answered ${res.status}: ${res.text.slice(0, 300)}`);
      return ms;
    };
    // Warm-up on opportunities not measured: the firm index loaded, the corpus built, the code compiled.
    const warmUps = [2, 3, 6, 7, 12, 13].map((i) => syntheticOpportunity(seed, i));
    const warmUpStarted = performance.now();
    // The first request after a start analyses every firm (minutes at 5·10^4 on a loaded machine): past the
    // client's header timeout it is asked again, the loading going on in the server meanwhile.
    for (let attempt = 0; ; attempt++) {
      try {
        await get(QUERIES[0].role, warmUps[0].type, warmUps[0].input.id, QUERIES[0].query);
        break;
      } catch (error) {
        if (attempt >= 10 || !(error instanceof TypeError)) throw error;
      }
    }
    for (const o of warmUps) for (const q of QUERIES) await get(q.role, o.type, o.input.id, q.query);
    const warmUpMs = performance.now() - warmUpStarted;
    const targets = outreachTargets(seed);
    const first: Record<string, number[]> = {};
    const again: number[] = [];
    // Each pass after the first asks with another minimum size (firms of no stated size left out): a filter not cached yet.
    const withPass = (query: string, pass: number) => (pass === 0 ? query : `${query.replace(/&?minEmployees=\d+/, '')}${query ? '&' : ''}minEmployees=${pass}`.replace(/^&/, ''));
    for (let pass = 0; pass < passes; pass++) {
      for (const q of QUERIES) {
        const query = withPass(q.query, pass);
        for (const t of targets) (first[q.name] ??= []).push(await get(q.role, t.type, t.id, query));
        for (const t of targets) again.push(await get(q.role, t.type, t.id, query));
      }
    }
    const metrics = await server.metrics();
    const out = {
      dataDir,
      loadAverage: { start: loadAtStart.map((x) => Math.round(x * 10) / 10), end: loadavg().map((x) => Math.round(x * 10) / 10) },
      startupMs: Math.round(server.startupMs),
      warmUpMs: Math.round(warmUpMs),
      passes,
      first: Object.fromEntries(Object.entries(first).map(([k, v]) => [k, latencyStats(v)])),
      firstAll: latencyStats(Object.values(first).flat()),
      again: latencyStats(again),
      serverLoopDelayMs: metrics.loopDelayMs,
      rssMb: Math.round(metrics.rssMb),
    };
    console.log(JSON.stringify(out));
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
