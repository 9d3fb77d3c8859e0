import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Firm counts at which outreach, memory and import are measured, ascending (the last two should double). */
  firmSizes: number[];
  /** Opportunity counts (synthetic, on top of the shipped data) at which forward matching is measured. */
  opportunitySizes: number[];
  seed: number;
  matchSamples: number;
  outreachSamples: number;
  searchSamples: number;
  lagSamples: number;
  writers: number;
  connections: number;
  durationSeconds: number;
  dataDir: string | null;
  keepData: boolean;
  /** HTTP adapters (ADR 0017): the first runs the whole bench; each gets `POST /api/match` under load at the end, same data. */
  httpAdapters: HttpAdapterName[];
  /** `--core`: only the in-process matching core (core-matching.phase.ts), no server. */
  core: CoreSizes | null;
}

/** Sizes of the in-process core phase (`--core`). */
export interface CoreSizes {
  opportunitySizes: number[];
  firmSizes: number[];
  distinctFirms: number;
}

export const HTTP_ADAPTER_NAMES = ['express', 'fastify'] as const;
export type HttpAdapterName = (typeof HTTP_ADAPTER_NAMES)[number];

export const BENCH_USAGE = `npm run bench -- [options]
  --firms N               largest firm count (default 5000); measured at N/2 and N
  --firm-sizes a,b,c      explicit firm counts instead (e.g. 10000,50000,100000)
  --opportunities N       largest synthetic opportunity count (default 4000); measured at min(1000, N/2) and N
  --opportunity-sizes a,b explicit opportunity counts instead
  --seed N                generator seed (default 14): same seed, same data
  --match-samples N       POST /api/match requests per size (default 200)
  --outreach-samples N    outreach requests per firm size (default 20)
  --search-samples N      GET /api/search requests (default 200)
  --lag-samples N         event-to-searchable probes (default 100)
  --writers N             concurrent profile import requests while loading (default 2)
  --connections N         autocannon connections (default 16)
  --duration S            seconds of each autocannon run (default 10)
  --data-dir PATH         data directory (default: a fresh temporary one, deleted at the end)
  --keep-data             keep the data directory
  --http-adapters a,b     HTTP adapters to compare (default express,fastify): the first runs the
                          bench; each gets POST /api/match under load at the end, on the same data
  --core                  instead: the matching core in-process (no server), forward match and
                          outreach beside every candidate explained; --match-samples and
                          --outreach-samples apply; writes tmp/bench-core-results.json
  --core-opportunity-sizes a,b   opportunity counts (default 1000,10000)
  --core-firm-sizes a,b   firm counts for outreach (default 10000,100000)
  --core-distinct-firms N distinct firm analyses, repeated under new ids above it (default 10000)`;

const positive = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: must be a whole number ≥ 1, got "${value}"`);
  return n;
};
const sizes = (name: string, value: string | undefined, fallback: number[]): number[] => {
  if (value === undefined) return fallback;
  const list = value.split(',').map((v) => positive(name, v.trim(), 0));
  if (list.some((n, i) => i > 0 && n <= list[i - 1])) throw new Error(`--${name}: sizes must be ascending, got "${value}"`);
  return list;
};

const adapters = (value: string | undefined): HttpAdapterName[] => {
  if (value === undefined) return [...HTTP_ADAPTER_NAMES];
  const list = value.split(',').map((v) => v.trim());
  const wrong = list.find((v) => !(HTTP_ADAPTER_NAMES as readonly string[]).includes(v));
  if (wrong !== undefined || list.length === 0) throw new Error(`--http-adapters: each must be one of ${HTTP_ADAPTER_NAMES.join(', ')}, got "${wrong ?? value}"`);
  if (new Set(list).size !== list.length) throw new Error(`--http-adapters: "${value}" names an adapter twice`);
  return list as HttpAdapterName[];
};

/** Parses the command line; throws an Error naming the flag for a bad value. */
export function parseBenchOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      firms: { type: 'string' },
      'firm-sizes': { type: 'string' },
      opportunities: { type: 'string' },
      'opportunity-sizes': { type: 'string' },
      seed: { type: 'string' },
      'match-samples': { type: 'string' },
      'outreach-samples': { type: 'string' },
      'search-samples': { type: 'string' },
      'lag-samples': { type: 'string' },
      writers: { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      'data-dir': { type: 'string' },
      'keep-data': { type: 'boolean', default: false },
      'http-adapters': { type: 'string' },
      core: { type: 'boolean', default: false },
      'core-opportunity-sizes': { type: 'string' },
      'core-firm-sizes': { type: 'string' },
      'core-distinct-firms': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const firms = positive('firms', values.firms, 5_000);
  const opportunities = positive('opportunities', values.opportunities, 4_000);
  return {
    firmSizes: sizes('firm-sizes', values['firm-sizes'], [Math.max(1, Math.round(firms / 2)), firms]),
    opportunitySizes: sizes('opportunity-sizes', values['opportunity-sizes'], [Math.max(1, Math.min(1000, Math.round(opportunities / 2))), opportunities]),
    seed: positive('seed', values.seed, 14),
    matchSamples: positive('match-samples', values['match-samples'], 200),
    outreachSamples: positive('outreach-samples', values['outreach-samples'], 20),
    searchSamples: positive('search-samples', values['search-samples'], 200),
    lagSamples: positive('lag-samples', values['lag-samples'], 100),
    writers: positive('writers', values.writers, 2),
    connections: positive('connections', values.connections, 16),
    durationSeconds: positive('duration', values.duration, 10),
    dataDir: values['data-dir'] ?? null,
    keepData: values['keep-data'] ?? false,
    httpAdapters: adapters(values['http-adapters']),
    core: values.core
      ? {
          opportunitySizes: sizes('core-opportunity-sizes', values['core-opportunity-sizes'], [1_000, 10_000]),
          firmSizes: sizes('core-firm-sizes', values['core-firm-sizes'], [10_000, 100_000]),
          distinctFirms: positive('core-distinct-firms', values['core-distinct-firms'], 10_000),
        }
      : null,
  };
}
