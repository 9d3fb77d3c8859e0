import { progressOf, rebuildReadModel } from '../rebuild/read-model-rebuild.follower';
import { BenchHttpClient } from './bench-http.client';
import { progressBar } from './bench-progress';
import { BenchServerProcess } from './bench-server.process';
import { describeError, LatencyStats, latencyStats, timeEach } from './bench-stats';
import { HttpLoadResult, runHttpLoad } from './http-load.process';
import { profileText, syntheticEnterprise, syntheticMatchRequest, syntheticOpportunity, syntheticSearchQuery } from './synthetic-data.generator';

/** A latency figure and its same-run baseline: the raw engine query for the same text, in the server. */
export interface PairedLatency {
  http: LatencyStats;
  engine: LatencyStats;
  /** Server event-loop delay p99 while this was measured (contention shows here). */
  loopDelayP99Ms: number;
}

/** The facets GET /api/search asks for, so the engine baseline does the same work. */
const SEARCH_FACETS = ['type', 'industries', 'needs', 'areas', 'months', 'cities'];

async function paired(server: BenchServerProcess, label: string, n: number, run: (i: number) => Promise<unknown>, engine: () => Promise<{ times: number[] }>): Promise<PairedLatency> {
  await server.metrics({ resetLoopDelay: true });
  const bar = progressBar(label, n);
  const times = await timeEach(n, run, (d) => bar.update(d));
  bar.stop();
  const { loopDelayMs } = await server.metrics();
  const baseline = await engine();
  return { http: latencyStats(times), engine: latencyStats(baseline.times), loopDelayP99Ms: loopDelayMs.p99 };
}

/** POST /api/match with ad-hoc profiles (a separate "query" stream of the generator). */
export function measureForwardMatch(client: BenchHttpClient, server: BenchServerProcess, seed: number, n: number, size: number) {
  const requests = Array.from({ length: n }, (_, i) => syntheticMatchRequest(seed, i));
  return paired(
    server,
    `POST /api/match, ${size} opportunities`,
    n,
    (i) => client.match(requests[i]),
    () => server.engineSearch(requests.map((_, i) => profileText(syntheticEnterprise(seed, i, 'query')))),
  );
}

/**
 * A fresh process answers its first matches slowly (lazy indexes, JIT): as many sequential
 * `POST /api/match` as the run's forward-match samples, so a restarted server is measured as warm
 * as the first one was.
 */
export async function warmUpMatch(client: BenchHttpClient, seed: number, n: number): Promise<void> {
  const bar = progressBar('warm-up POST /api/match', n);
  for (let i = 0; i < n; i++) {
    await client.match(syntheticMatchRequest(seed, i));
    bar.update(i + 1);
  }
  bar.stop();
}

/** The opportunities outreach is measured for: a shipped fair and synthetic ones of each type. */
export function outreachTargets(seed: number): Array<{ type: string; id: string; text: string }> {
  const synthetic = [0, 4, 8, 1, 5, 9].map((i) => syntheticOpportunity(seed, i));
  return [
    { type: 'event', id: 'hong-kong-international-tea-fair', text: 'Hong Kong International Tea Fair 香港國際茶展' },
    ...synthetic.map((o) => ({ type: o.type, id: o.input.id, text: `${o.input.name.en} ${o.input.name['zh-Hans']}` })),
  ];
}

/** GET /api/match/opportunities/:type/:id/enterprises (outreach), rotating over the targets. */
export function measureOutreach(client: BenchHttpClient, server: BenchServerProcess, seed: number, n: number, firms: number) {
  const targets = outreachTargets(seed);
  return paired(
    server,
    `outreach ranking, ${firms} firms`,
    n,
    (i) => client.outreach(targets[i % targets.length].type, targets[i % targets.length].id),
    () => server.engineSearch(Array.from({ length: n }, (_, i) => targets[i % targets.length].text), { filter: { type: 'enterprise' }, limit: 50 }),
  );
}

/** GET /api/search with one- or two-word queries in the three languages. */
export function measureSearch(client: BenchHttpClient, server: BenchServerProcess, seed: number, n: number) {
  const queries = Array.from({ length: n }, (_, i) => syntheticSearchQuery(seed, i));
  return paired(
    server,
    'GET /api/search',
    n,
    (i) => client.search(queries[i]),
    () => server.engineSearch(queries, { facets: SEARCH_FACETS }),
  );
}

/** The HTTP floor: GET /api/health/live, the cheapest route, timed the same way. */
export async function measureHttpFloor(client: BenchHttpClient, n: number): Promise<LatencyStats> {
  return latencyStats(await timeEach(n, () => client.live()));
}

/** From the API's 201 to the profile being found by /api/search, one probe at a time. */
export async function measureEventToSearchable(client: BenchHttpClient, seed: number, n: number): Promise<{ lag: LatencyStats; polls: number }> {
  const bar = progressBar('event → searchable', n);
  const lags: number[] = [];
  let polls = 0;
  for (let i = 0; i < n; i++) {
    const token = `lagprobe${seed}x${i}x${Date.now()}`;
    const created = await client.createEnterprise({ name: `[SAMPLE] ${token}`, city: '福州', products: token });
    const acknowledged = performance.now();
    for (;;) {
      polls++;
      const found = await client.search(token, 'enterprise');
      if (found.hits.some((h) => h.id === created.id)) break;
    }
    lags.push(performance.now() - acknowledged);
    bar.update(i + 1);
  }
  bar.stop();
  return { lag: latencyStats(lags), polls };
}

export interface HttpLoadFigures {
  match: HttpLoadResult;
  floor: HttpLoadResult;
  loopDelayP99Ms: number;
}

/** autocannon from a second process: POST /api/match with rotating profiles, then GET /api/health/live as the ceiling. */
export async function measureHttpLoad(client: BenchHttpClient, server: BenchServerProcess, seed: number, connections: number, durationSeconds: number): Promise<HttpLoadFigures> {
  const bodies = Array.from({ length: 200 }, (_, i) => JSON.stringify(syntheticMatchRequest(seed, 10_000 + i)));
  const common = { headers: client.headers(), connections, durationSeconds };
  const run = async (label: string, go: () => Promise<HttpLoadResult>) => {
    const bar = progressBar(label, durationSeconds);
    const started = Date.now();
    const timer = setInterval(() => bar.update(Math.min(durationSeconds, Math.round((Date.now() - started) / 1000))), 1000);
    try {
      return await go();
    } finally {
      clearInterval(timer);
      bar.update(durationSeconds);
      bar.stop();
    }
  };
  await server.metrics({ resetLoopDelay: true });
  const match = await run(`autocannon POST /api/match ×${connections}`, () => runHttpLoad({ ...client.matchEndpoint(), bodies, ...common }));
  const { loopDelayMs } = await server.metrics();
  const floor = await run(`autocannon GET /api/health/live ×${connections}`, () => runHttpLoad({ url: `${client.baseUrl}/api/health/live`, method: 'GET', ...common }));
  return { match, floor, loopDelayP99Ms: loopDelayMs.p99 };
}

export interface RebuildFigures {
  outcome: string;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  searchesDuring: number;
  failedSearchesDuring: number;
  searchDuring: LatencyStats;
}

/** The read-model rebuild from the retained log (ADR 0007) while searches keep coming: the no-downtime claim, measured. */
export async function measureReadModelRebuild(client: BenchHttpClient, seed: number): Promise<RebuildFigures> {
  const bar = progressBar('read-model rebuild', 1);
  const during: number[] = [];
  let failed = 0;
  let rebuilding = true;
  const searcher = (async () => {
    for (let i = 0; rebuilding; i++) {
      const t = performance.now();
      await client.search(syntheticSearchQuery(seed, i)).catch(() => failed++);
      during.push(performance.now() - t);
    }
  })();
  const began = performance.now();
  try {
    const result = await rebuildReadModel(client.baseUrl, (run) => {
      const { value, total } = progressOf(run);
      bar.setTotal(total);
      bar.update(value);
    });
    return {
      outcome: result.outcome,
      events: result.messages,
      seconds: result.ms / 1000,
      eventsPerSecond: result.messages / (result.ms / 1000),
      searchesDuring: during.length,
      failedSearchesDuring: failed,
      searchDuring: latencyStats(during),
    };
  } catch (error) {
    // Losing track of the rebuild (the matcher stopped answering) is a finding, not the end of the run.
    return {
      outcome: `not followed to the end: ${describeError(error)}`,
      events: 0,
      seconds: (performance.now() - began) / 1000,
      eventsPerSecond: NaN,
      searchesDuring: during.length,
      failedSearchesDuring: failed,
      searchDuring: latencyStats(during),
    };
  } finally {
    rebuilding = false;
    await searcher;
    bar.stop();
  }
}
