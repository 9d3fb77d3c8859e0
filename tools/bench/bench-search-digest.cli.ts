/**
 * The answers of `GET /api/search` as a digest and their latency, to check that a change meant to
 * make the search index lighter or faster to restore answers exactly as before: starts the platform
 * on a data dir a bench run kept (bench-server.process.ts), waits until it is ready, then sends
 * `--queries` search-box queries of the bench (`syntheticSearchQuery`), as a platform admin (firms
 * included), each with a type, city or industry filter, a limit and an offset varied by its index,
 * and every seventh one without words (browsing with filters and facets). Every response body is
 * hashed as sent. Prints one JSON line: the digest of them all, p50/p99 in ms, and the totals; the
 * first differing query is found by comparing the `--out` files (one hash a line) of two checkouts.
 *
 *   node -r @swc-node/register tools/bench/bench-search-digest.cli.ts --data-dir DIR [--queries 300] [--out FILE]
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { RoleTokens } from '@fhk/platform/auth';
import { BenchServerProcess } from './bench-server.process';
import { latencyStats } from './bench-stats';
import { syntheticSearchQuery } from './synthetic-data.generator';

const LIMITS = [20, 5, 100, 1, 50];
const OFFSETS = [0, 0, 0, 20, 100];
const FILTERS = ['', '&type=enterprise', '&type=event,programme', '&city=xiamen', '&industry=tea', '&type=service-provider&city=hong-kong', '&type=enterprise&city=fuzhou'];

/** The path of query `i` (the words empty for every seventh: browsing). */
function path(seed: number, i: number): string {
  const q = i % 7 === 6 ? '' : syntheticSearchQuery(seed, i);
  return `/api/search?q=${encodeURIComponent(q)}${FILTERS[i % FILTERS.length]}&limit=${LIMITS[i % LIMITS.length]}&offset=${OFFSETS[(i >> 1) % OFFSETS.length]}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, queries: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir DIR is required (a data dir the bench kept)');
  const seed = Number(values.seed ?? 14);
  const count = Number(values.queries ?? 300);
  const server = await BenchServerProcess.start(dataDir, 'fastify');
  try {
    await server.untilReady();
    const tokens = RoleTokens.for(server.url);
    await tokens.http('platform-admin', `${server.url}/api/health/live`); // the token fetched before timing
    const all = createHash('sha256');
    const lines: string[] = [];
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      const res = await tokens.http<{ total: number }>('platform-admin', `${server.url}${path(seed, i)}`);
      times.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`query ${i} answered ${res.status}: ${res.text.slice(0, 300)}`);
      total += res.body.total;
      const hash = createHash('sha256').update(res.text).digest('hex');
      all.update(hash);
      lines.push(hash);
    }
    if (values.out) writeFileSync(values.out, `${lines.join('\n')}\n`);
    const load = loadavg().map((x) => x.toFixed(2)).join(' ');
    console.log(JSON.stringify({ dataDir, queries: count, total, digest: all.digest('hex'), latencyMs: latencyStats(times), load }));
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
