import type { HttpLoadFigures, PairedLatency, RebuildFigures } from './bench-measurements.phase';
import type { LoadResult } from './bench-loading.phase';
import type { LatencyStats } from './bench-stats';
import { round } from './bench-stats';

/** Everything one run measured (written as tmp/bench-results.json, with the table's rows). */
export interface BenchResults {
  at: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  shippedDocuments: number;
  opportunityImports: LoadResult[];
  forwardMatch: Array<PairedLatency & { opportunities: number }>;
  httpFloor: LatencyStats;
  httpLoad: HttpLoadFigures;
  firmImports: LoadResult[];
  outreach: Array<PairedLatency & { firms: number }>;
  memory: Array<{ firms: number; opportunities: number; rssMb: number; heapUsedMb: number }>;
  search: PairedLatency & { firms: number; opportunities: number };
  eventToSearchable: { lag: LatencyStats; polls: number };
  readModelRebuild: RebuildFigures;
  peakRssMb: number;
  loopDelayWholeRunMs: { p50: number; p99: number; max: number };
  /** `emptyStartupMs`: the first start of the run, on the empty data dir (the fixed cost, as baseline). */
  startup: { firms: number; opportunities: number; startupMs: number; bootMs: number; rssMb: number; emptyStartupMs?: number };
  /** `POST /api/match` under load on each HTTP adapter, after the run, same data (ADR 0017). */
  httpAdapters: Array<HttpLoadFigures & { adapter: string; firms: number; opportunities: number; startupMs: number }>;
  durationSeconds: number;
  /** Requests repeated after a socket error (a retried profile write may have been stored twice). */
  networkRetries: number;
}

export interface BenchRow {
  figure: string;
  size: string;
  measured: string;
  baseline: string;
  relation: string;
  target: string;
  verdict: string;
}

const ms = (x: number) => `${round(x, x < 10 ? 2 : 1)} ms`;
const pp = (s: LatencyStats) => `p50 ${ms(s.p50)} · p99 ${ms(s.p99)}`;
const times = (x: number) => `${round(x, x < 10 ? 1 : 0)}×`;
const n = (x: number) => x.toLocaleString('en-US');
const verdict = (ok: boolean) => (ok ? '**met**' : '**missed**');
const FULL_FIRMS = 100_000;
const FULL_OPPORTUNITIES = 10_000;
/** Below this many firms, fixed costs hide the per-firm cost: no extrapolation to 10^5. */
const PROJECT_FROM = 5_000;

/** The table: each figure beside its same-run baseline and growth, and the issue's target with met/missed. */
export function benchRows(r: BenchResults): BenchRow[] {
  const rows: BenchRow[] = [];
  const firstF = r.forwardMatch[0];
  const lastF = r.forwardMatch[r.forwardMatch.length - 1];
  for (const f of r.forwardMatch) {
    const isLast = f === lastF;
    const atTarget = f.opportunities >= FULL_OPPORTUNITIES;
    rows.push({
      figure: 'forward match `POST /api/match`',
      size: `${n(f.opportunities)} opportunities`,
      measured: pp(f.http),
      baseline: `engine query, same text: ${pp(f.engine)}`,
      relation: `${times(f.http.p50 / Math.max(f.engine.p50, 0.001))} engine p50${isLast && f !== firstF ? `; growth ${times(f.http.p50 / firstF.http.p50)} for ${times(f.opportunities / firstF.opportunities)} size` : ''}`,
      target: isLast ? 'p50 ≤ 2 ms, p99 ≤ 10 ms at 10^4' : '',
      verdict: isLast ? (atTarget ? verdict(f.http.p50 <= 2 && f.http.p99 <= 10) : f.http.p50 > 2 || f.http.p99 > 10 ? '**missed** (below 10^4 already)' : 'not at 10^4') : '',
    });
  }
  const firstO = r.outreach[0];
  const lastO = r.outreach[r.outreach.length - 1];
  for (const o of r.outreach) {
    const isLast = o === lastO;
    rows.push({
      figure: 'reverse outreach ranking',
      size: `${n(o.firms)} firms`,
      measured: pp(o.http),
      baseline: `engine query, same text, type=enterprise: ${pp(o.engine)}`,
      relation: `${times(o.http.p50 / Math.max(o.engine.p50, 0.001))} engine p50${isLast && o !== firstO ? `; growth ${times(o.http.p50 / firstO.http.p50)} for ${times(o.firms / firstO.firms)} firms` : ''}`,
      target: isLast ? 'p50 ≤ 40 ms, p99 ≤ 150 ms at 10^5' : '',
      verdict: isLast ? (o.firms >= FULL_FIRMS ? verdict(o.http.p50 <= 40 && o.http.p99 <= 150) : o.http.p50 > 40 || o.http.p99 > 150 ? `**missed** (at ${n(o.firms)} already)` : `not at 10^5`) : '',
    });
  }
  rows.push({
    figure: 'search `GET /api/search`',
    size: `${n(r.search.firms)} firms + ${n(r.search.opportunities)} opportunities`,
    measured: pp(r.search.http),
    baseline: `engine query, same text and facets: ${pp(r.search.engine)}; HTTP floor ${pp(r.httpFloor)}`,
    relation: `${times(r.search.http.p50 / Math.max(r.search.engine.p50, 0.001))} engine p50`,
    target: '–',
    verdict: '',
  });
  const firms = r.firmImports;
  const lastImport = firms[firms.length - 1];
  const totalFirms = lastImport.to;
  const totalSeconds = firms.reduce((s, f) => s + f.searchableSeconds, 0);
  const rate = totalFirms / totalSeconds;
  const projected = FULL_FIRMS / rate;
  rows.push({
    figure: 'firm import until searchable',
    size: `${n(totalFirms)} firms`,
    measured: `${round(totalSeconds, 1)} s, ${n(Math.round(rate))}/s (API acknowledged ${n(Math.round(lastImport.added / lastImport.acknowledgedSeconds))}/s)`,
    baseline: firms.length > 1 ? `first step ${n(Math.round(firms[0].searchablePerSecond))}/s, last ${n(Math.round(lastImport.searchablePerSecond))}/s` : '',
    relation: totalFirms >= FULL_FIRMS ? '' : `10^5 projected at this rate: ${round(projected, 0)} s`,
    target: '10^5 profiles ≤ 60 s',
    verdict: verdict((totalFirms >= FULL_FIRMS ? totalSeconds : projected) <= 60) + (totalFirms >= FULL_FIRMS ? '' : ' (projected)'),
  });
  const opp = r.opportunityImports;
  const oppTotal = opp[opp.length - 1].to;
  const oppSeconds = opp.reduce((s, f) => s + f.searchableSeconds, 0);
  rows.push({
    figure: 'opportunity bulk import until searchable',
    size: `${n(oppTotal)} opportunities`,
    measured: `${round(oppSeconds, 1)} s, ${n(Math.round(oppTotal / oppSeconds))}/s`,
    baseline: opp.length > 1 ? `first step ${n(Math.round(opp[0].searchablePerSecond))}/s, last ${n(Math.round(opp[opp.length - 1].searchablePerSecond))}/s` : '',
    relation: '',
    target: '–',
    verdict: '',
  });
  rows.push({
    figure: 'event → searchable lag',
    size: `${n(totalFirms)} firms`,
    measured: pp(r.eventToSearchable.lag),
    baseline: `one search round trip ${pp(r.search.http)}`,
    relation: `searches per probe: ${round(r.eventToSearchable.polls / r.eventToSearchable.lag.n, 1)}`,
    target: 'p99 ≤ 50 ms',
    verdict: verdict(r.eventToSearchable.lag.p99 <= 50),
  });
  const load = r.httpLoad;
  rows.push({
    figure: '`POST /api/match` under load (autocannon, 2nd process)',
    size: `${n(lastF.opportunities)} opportunities, ${load.match.connections} connections`,
    measured: `${n(Math.round(load.match.requestsPerSecond))} req/s · p99 ${ms(load.match.latencyP99Ms)}${load.match.non2xx || load.match.errors ? ` · ${load.match.non2xx} non-2xx, ${load.match.errors} errors` : ''}`,
    baseline: `GET /api/health/live: ${n(Math.round(load.floor.requestsPerSecond))} req/s · p99 ${ms(load.floor.latencyP99Ms)}`,
    relation: `${round((100 * load.match.requestsPerSecond) / load.floor.requestsPerSecond, 0)} % of the HTTP ceiling; server loop delay p99 ${ms(load.loopDelayP99Ms)}`,
    target: '≥ 1,000 req/s, p99 ≤ 50 ms at 10^4',
    verdict: lastF.opportunities >= FULL_OPPORTUNITIES ? verdict(load.match.requestsPerSecond >= 1000 && load.match.latencyP99Ms <= 50) : load.match.requestsPerSecond < 1000 ? '**missed** (below 10^4 already)' : 'not at 10^4',
  });
  const [first] = r.httpAdapters;
  for (const a of r.httpAdapters) {
    rows.push({
      figure: `\`POST /api/match\` under load on ${a.adapter} (HTTP adapter, after the run)`,
      size: `${n(a.opportunities)} opportunities + ${n(a.firms)} firms, ${a.match.connections} connections`,
      measured: `${n(Math.round(a.match.requestsPerSecond))} req/s · p50 ${ms(a.match.latencyP50Ms)} · p99 ${ms(a.match.latencyP99Ms)}${a.match.non2xx || a.match.errors ? ` · ${a.match.non2xx} non-2xx, ${a.match.errors} errors` : ''}`,
      baseline: `GET /api/health/live: ${n(Math.round(a.floor.requestsPerSecond))} req/s · p99 ${ms(a.floor.latencyP99Ms)}`,
      relation: a === first ? `server loop delay p99 ${ms(a.loopDelayP99Ms)}` : `×${round(a.match.requestsPerSecond / first.match.requestsPerSecond, 2)} the req/s of ${first.adapter} (live: ×${round(a.floor.requestsPerSecond / first.floor.requestsPerSecond, 2)}); loop delay p99 ${ms(a.loopDelayP99Ms)}`,
      target: '≥ 1,000 req/s, p99 ≤ 50 ms at 10^4',
      verdict: a.opportunities >= FULL_OPPORTUNITIES ? verdict(a.match.requestsPerSecond >= 1000 && a.match.latencyP99Ms <= 50) : a.match.requestsPerSecond < 1000 ? '**missed** (below 10^4 already)' : 'not at 10^4',
    });
  }
  const mem = r.memory;
  const [a, b] = [mem[mem.length - 2], mem[mem.length - 1]];
  const perThousand = a ? ((b.rssMb - a.rssMb) / (b.firms - a.firms)) * 1000 : NaN;
  const heapPerThousand = a ? ((b.heapUsedMb - a.heapUsedMb) / (b.firms - a.firms)) * 1000 : NaN;
  // Extrapolating needs a size where the per-firm cost shows above the fixed cost (and noise).
  const canExtrapolate = b.firms >= FULL_FIRMS || (a !== undefined && b.firms >= PROJECT_FROM && perThousand > 0);
  const extrapolated = b.firms >= FULL_FIRMS ? b.rssMb : b.rssMb + (perThousand * (FULL_FIRMS - b.firms)) / 1000;
  for (const m of mem) {
    const isLast = m === b;
    rows.push({
      figure: 'memory (RSS after GC)',
      size: `${n(m.firms)} firms + ${n(m.opportunities)} opportunities`,
      measured: `${n(Math.round(m.rssMb))} MB (heap ${n(Math.round(m.heapUsedMb))} MB)`,
      baseline: m === mem[0] ? '' : `×${round(m.rssMb / mem[0].rssMb, 2)} for ×${round(m.firms / mem[0].firms, 1)} firms`,
      relation: isLast && a ? `${round(perThousand, 1)} MB per 1,000 firms (heap ${round(heapPerThousand, 1)} MB)${b.firms < FULL_FIRMS && canExtrapolate ? `; 10^5 extrapolated: ${n(Math.round(extrapolated))} MB` : ''}` : '',
      target: isLast ? '≤ 1 GB at 10^5 + 10^4, bounded' : '',
      verdict: isLast ? (canExtrapolate ? verdict(extrapolated <= 1024) + (b.firms < FULL_FIRMS ? ' (extrapolated)' : '') : m.rssMb > 1024 ? '**missed**' : 'not at 10^5') : '',
    });
  }
  const rb = r.readModelRebuild;
  rows.push({
    figure: 'read-model rebuild from the log, searches during',
    size: `${n(rb.events)} events`,
    measured: rb.events ? `${round(rb.seconds, 1)} s, ${n(Math.round(rb.eventsPerSecond))} events/s (${rb.outcome})` : `${rb.outcome} after ${round(rb.seconds, 1)} s`,
    baseline: `searches during: ${pp(rb.searchDuring)}, ${rb.failedSearchesDuring} of ${rb.searchesDuring} failed`,
    relation: `search p50 ${times(rb.searchDuring.p50 / Math.max(r.search.http.p50, 0.001))} the quiet p50`,
    target: 'no failed search (ADR 0007)',
    verdict: rb.events > 0 ? verdict(rb.failedSearchesDuring === 0) : rb.failedSearchesDuring > 0 ? '**missed**' : 'not measured (lost track)',
  });
  rows.push({ figure: 'peak RSS (server process)', size: 'whole run', measured: `${n(Math.round(r.peakRssMb))} MB`, baseline: '', relation: '', target: '–', verdict: '' });
  const s = r.startup;
  // Linear in the firms (the index is rebuilt from the read model) above the empty start's fixed cost;
  // without that baseline the fixed cost is scaled too (an upper bound).
  const fixedMs = Math.min(s.emptyStartupMs ?? 0, s.startupMs);
  const startupProjected = s.firms >= FULL_FIRMS ? s.startupMs : fixedMs + ((s.startupMs - fixedMs) * FULL_FIRMS) / s.firms;
  const projectStartup = s.firms >= PROJECT_FROM;
  rows.push({
    figure: 'start-up until ready (fresh process, same data dir)',
    size: `${n(s.firms)} firms + ${n(s.opportunities)} opportunities`,
    measured: `${round(s.startupMs / 1000, 1)} s (platform boot ${round(s.bootMs / 1000, 1)} s), RSS ${n(Math.round(s.rssMb))} MB`,
    baseline: s.emptyStartupMs === undefined ? '' : `start on the empty data dir: ${round(s.emptyStartupMs / 1000, 1)} s`,
    relation: s.firms >= FULL_FIRMS || !projectStartup ? '' : `10^5 projected (linear above the empty start): ${round(startupProjected / 1000, 0)} s`,
    target: 'ready ≤ 20 s with 10^5',
    verdict: s.firms >= FULL_FIRMS ? verdict(s.startupMs <= 20_000) : s.startupMs > 20_000 ? `**missed** (at ${n(s.firms)} already)` : projectStartup ? `${startupProjected <= 20_000 ? '**met**' : 'at risk'} (projected)` : 'not at 10^5',
  });
  rows.push({
    figure: 'server event-loop delay',
    size: 'whole run',
    measured: `p50 ${ms(r.loopDelayWholeRunMs.p50)} · p99 ${ms(r.loopDelayWholeRunMs.p99)} · max ${ms(r.loopDelayWholeRunMs.max)}`,
    relation: `${r.networkRetries} requests retried after a socket error`,
    baseline: `load average ${r.machine.loadAverageAtStart.map((x) => round(x, 1)).join('/')} at start, ${r.machine.loadAverageAtEnd.map((x) => round(x, 1)).join('/')} at end (${r.machine.cpus} cores)`,
    target: '–',
    verdict: '',
  });
  return rows;
}

export function markdownTable(rows: BenchRow[]): string {
  const header = ['figure', 'size', 'measured', 'baseline (same run)', 'ratio / growth', 'target', 'verdict'];
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map((r) => line([r.figure, r.size, r.measured, r.baseline, r.relation, r.target, r.verdict]))].join('\n');
}
