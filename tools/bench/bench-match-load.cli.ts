/**
 * `POST /api/match` over HTTP on a data dir `npm run bench -- --data-dir DIR --keep-data` left behind,
 * as the bench's load phase measures it, without loading the data again: starts the platform on it
 * (bench-server.process.ts), warms it up with sequential matches of the bench's query profiles,
 * times `--samples` sequential matches of other profiles, then loads the route with autocannon from a
 * second process (the bench's 200 rotating profiles), then `GET /api/health/live` the same way as the
 * HTTP ceiling. Prints one JSON line with the load average; one process a round, so that two
 * checkouts can be alternated on the same data (cd to the other checkout and give this file's path):
 *
 *   node -r @swc-node/register tools/bench/bench-match-load.cli.ts --data-dir DIR [--duration 10] [--connections 16] [--samples 200] [--distinct 200] [--http-adapter fastify]
 *
 * `BENCH_SERVER_CPU_PROF=DIR` profiles the server (`--cpu-prof`, written to DIR when it closes).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { BenchHttpClient } from './bench-http.client';
import { warmUpMatch } from './bench-measurements.phase';
import { BenchServerProcess } from './bench-server.process';
import { latencyStats, round, timeEach } from './bench-stats';
import { runHttpLoad } from './http-load.process';
import { syntheticMatchRequest } from './synthetic-data.generator';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      'http-adapter': { type: 'string' },
      seed: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      samples: { type: 'string' },
      distinct: { type: 'string' },
      'no-ceiling': { type: 'boolean' },
    },
  });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir DIR is required (a data dir the bench kept)');
  const seed = Number(values.seed ?? 14);
  const durationSeconds = Number(values.duration ?? 10);
  const connections = Number(values.connections ?? 16);
  const samples = Number(values.samples ?? 200);
  // How many different profiles the load rotates over: 200 (the bench's) fit the matcher's cache of
  // ad-hoc analyses, so each is analysed once; 20000 in a 10 s run are all new, as unique traffic is.
  const distinct = Number(values.distinct ?? 200);
  if (!Number.isInteger(distinct) || distinct < 1) throw new Error('--distinct must be a positive integer');
  const loadAtStart = loadavg();
  const server = await BenchServerProcess.start(dataDir, values['http-adapter'] ?? 'fastify');
  try {
    const client = new BenchHttpClient(server.url);
    // As the bench does after a restart: the same profiles it warms up with, then others.
    await warmUpMatch(client, seed, 50);
    const sequential = await timeEach(samples, (i) => client.match(syntheticMatchRequest(seed, 1_000 + i)));
    const bodies = Array.from({ length: distinct }, (_, i) => JSON.stringify(syntheticMatchRequest(seed, 10_000 + i)));
    const common = { headers: client.headers(), connections, durationSeconds };
    const before = await server.metrics({ resetLoopDelay: true });
    const match = await runHttpLoad({ ...client.matchEndpoint(), bodies, ...common });
    const { loopDelayMs, cpuMs } = await server.metrics();
    // The server's CPU a request under load (user and system): what one event loop can do a second is about 1,000 / this.
    const perRequest = (now: number, then: number) => round((now - then) / match.requests, 3);
    const ceiling = values['no-ceiling'] ? null : await runHttpLoad({ url: `${client.baseUrl}/api/health/live`, method: 'GET', ...common });
    const metrics = await server.metrics({ gc: true });
    const out = {
      dataDir,
      distinctProfiles: distinct,
      loadAverage: { start: loadAtStart.map((x) => Math.round(x * 10) / 10), end: loadavg().map((x) => Math.round(x * 10) / 10) },
      sequentialMs: latencyStats(sequential),
      load: {
        requestsPerSecond: Math.round(match.requestsPerSecond),
        p50Ms: match.latencyP50Ms,
        p99Ms: match.latencyP99Ms,
        non2xx: match.non2xx,
        errors: match.errors + match.timeouts,
        serverLoopDelayP99Ms: round(loopDelayMs.p99),
        serverCpuMsPerRequest: { user: perRequest(cpuMs.user, before.cpuMs.user), system: perRequest(cpuMs.system, before.cpuMs.system) },
      },
      ceiling: ceiling && { requestsPerSecond: Math.round(ceiling.requestsPerSecond), p99Ms: ceiling.latencyP99Ms },
      rssMbAfterGc: Math.round(metrics.rssMb),
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
