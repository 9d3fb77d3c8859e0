/**
 * The matching core in-process (`npm run bench -- --core`): no HTTP, no store, no event loop shared
 * with anything else, so the matching targets (forward match at 10^4 opportunities, outreach
 * over 10^5 firms) can be checked against what the core itself costs. Data from the same seeded
 * generator as the rest of the bench; each figure beside a baseline timed in the same run on the
 * same inputs: every candidate scored and explained (`scoreMatch`, what matching did before the
 * score-only pass), sorted; and for forward matching also every candidate scored without pruning
 * (`matchOpportunitiesBounded` with infinite bounds, what it did before the score bounds).
 */
import { loadavg } from 'node:os';
import type { CalendarEvent, CatalogueItem } from '@fhk/contracts';
import { loadCalendarSeed } from '@fhk/event-calendar/feature';
import {
  ANY_FIRM,
  compactMatchable,
  EnterpriseIndex,
  MatchableEnterprise,
  matchOpportunities,
  matchOpportunitiesBounded,
  MATCH_WEIGHTS,
  OpportunityCorpus,
  OpportunityProfile,
  OutreachCache,
  outreachPage,
  scoreBounds,
  scoreMatch,
  toMatchableEnterprise,
  toOpportunityProfile,
} from '@fhk/matcher/core';
import { loadCatalogueSeed } from '@fhk/measure-catalogue/feature';
import { progressBar } from './bench-progress';
import { LatencyStats, latencyStats, round } from './bench-stats';
import { syntheticEnterprise, syntheticOpportunity } from './synthetic-data.generator';

export interface CoreMatchingOptions {
  seed: number;
  /** Synthetic opportunity counts (on top of the shipped ones), ascending. */
  opportunitySizes: number[];
  /** Firm counts for outreach, ascending. */
  firmSizes: number[];
  /** Distinct firm analyses; larger firm sizes repeat them under new ids (analysis costs ms a firm). */
  distinctFirms: number;
  matchSamples: number;
  outreachSamples: number;
  /** Outreach is measured at this many opportunities (the largest opportunity size when null). */
  outreachOpportunities: number | null;
}

export interface CoreForwardFigures {
  opportunities: number;
  /** Mean candidates per firm (opportunities sharing a key). */
  candidates: number;
  /** Stored firm (analysis done beforehand): `matchOpportunities`. */
  stored: LatencyStats;
  /** The same firms again: posting lists of their words already built (they are built on first use per corpus version). */
  again: LatencyStats;
  /** Baseline: every candidate scored with its reasons, sorted. */
  explainAll: LatencyStats;
  /** Baseline: `matchOpportunities` scoring every candidate (no pruning by score bounds). */
  unpruned: LatencyStats;
  /** Ad-hoc profile: analysis (`toMatchableEnterprise`) alone, and analysis + match. */
  analysis: LatencyStats;
  adHoc: LatencyStats;
}

export interface CoreOutreachFigures {
  firms: number;
  distinctFirms: number;
  opportunities: number;
  candidates: number;
  /** One page of 50 (`outreachPage` over the firm index), each opportunity's first request. */
  page: LatencyStats;
  /** The same requests again: the ranking cached (`OutreachCache`, as the outreach route keeps it). */
  pageAgain: LatencyStats;
  /** Baseline: every candidate scored with its reasons, sorted, sliced. */
  explainAll: LatencyStats;
}

export interface CoreMatchingFigures {
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  buildMs: { opportunitiesPerItem: number; firmAnalysisPerFirm: number; firmIndexPerFirm: number };
  forward: CoreForwardFigures[];
  outreach: CoreOutreachFigures[];
  /** Both paths gave the same results on every sample (ids, order, scores). */
  identical: boolean;
}

const TODAY = '2026-12-01';
const PAGE = 50;

function shippedEntities(): Array<CatalogueItem | CalendarEvent> {
  return [...loadCatalogueSeed(), ...loadCalendarSeed()];
}

function syntheticEntity(seed: number, i: number): CatalogueItem | CalendarEvent {
  return { ...syntheticOpportunity(seed, i).input, version: 1 } as CatalogueItem | CalendarEvent;
}

/** Lets the progress bars draw (the phase is synchronous work; nothing timed spans a yield). */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Every candidate's bound infinite: forward matching scores them all (the path before pruning). */
const unpruned: typeof scoreBounds = (...args) => {
  const b = scoreBounds(...args);
  return { candidates: b.candidates, bound: b.bound.fill(Infinity) };
};
const sameResults = (a: ReadonlyArray<{ type: string; id: string; score: number; partial: boolean }>, b: typeof a) =>
  a.length === b.length && a.every((r, k) => r.type === b[k].type && r.id === b[k].id && r.score === b[k].score && r.partial === b[k].partial);

function time<T>(run: () => T): [T, number] {
  const t = performance.now();
  const out = run();
  return [out, performance.now() - t];
}

/** Every candidate scored with reasons, sorted by score then id: the baseline of both directions. */
function explainAll<T extends { id: string | null }>(candidates: readonly T[], score: (c: T) => number): Array<{ c: T; score: number }> {
  const out: Array<{ c: T; score: number }> = [];
  for (const c of candidates) {
    const s = score(c);
    if (s > 0) out.push({ c, score: s });
  }
  return out.sort((a, b) => b.score - a.score || (a.c.id ?? '').localeCompare(b.c.id ?? ''));
}

export async function measureCoreMatching(options: CoreMatchingOptions): Promise<CoreMatchingFigures> {
  const loadAverageAtStart = loadavg();
  const corpus = new OpportunityCorpus([], { orderByKey: true });
  for (const e of shippedEntities()) {
    const p = toOpportunityProfile(e);
    if (p) corpus.upsert(p);
  }
  let identical = true;
  let built = 0;
  let buildTime = 0;
  const forward: CoreForwardFigures[] = [];
  const ctx = (language: MatchableEnterprise['classification']['language']) => ({ today: TODAY, language, idf: corpus.idf, keywords: corpus.keywords });

  // The ad-hoc profiles of the HTTP bench's POST /api/match (the "query" stream, without consent).
  const queries = Array.from({ length: options.matchSamples }, (_, i) => {
    const { outreachConsent: _consent, ...profile } = syntheticEnterprise(options.seed, i, 'query');
    return profile;
  });
  // Warm-up firms: the same stream after the samples.
  const warmUp = Array.from({ length: 20 }, (_, i) => {
    const { outreachConsent: _consent, ...profile } = syntheticEnterprise(options.seed, options.matchSamples + i, 'query');
    return toMatchableEnterprise(profile);
  });
  const analysed: MatchableEnterprise[] = [];
  const analysisTimes: number[] = [];
  for (const q of queries) {
    const [m, ms] = time(() => toMatchableEnterprise(q));
    analysed.push(m);
    analysisTimes.push(ms);
  }
  const outreachAt = options.outreachOpportunities ?? options.opportunitySizes[options.opportunitySizes.length - 1];
  let outreachCorpusReady = false;

  for (const size of options.opportunitySizes) {
    const bar = progressBar(`core: analyse ${size} opportunities`, size - built);
    const t = performance.now();
    for (let i = built; i < size; i++) {
      const p = toOpportunityProfile(syntheticEntity(options.seed, i));
      if (p) corpus.upsert(p);
      if ((i - built) % 100 === 0) {
        bar.update(i - built);
        await yieldToLoop();
      }
    }
    bar.update(size - built);
    bar.stop();
    buildTime += performance.now() - t;
    built = size;
    // Warm up (JIT, lazy orders and groups, posting lists of common words) on other firms, then time each path on the same firms.
    for (const m of warmUp) {
      matchOpportunities(m, corpus, { today: TODAY, limit: 20 });
      matchOpportunitiesBounded(m, corpus, { today: TODAY, limit: 20 }, unpruned);
    }
    const stored: number[] = [];
    const baseline: number[] = [];
    const whole: number[] = [];
    const adHoc: number[] = [];
    let candidates = 0;
    const fbar = progressBar(`core: forward match, ${size} opportunities`, analysed.length);
    for (const [i, m] of analysed.entries()) {
      const [results, ms] = time(() => matchOpportunities(m, corpus, { today: TODAY, limit: 20 }));
      stored.push(ms);
      const [everyCandidate, wholeMs] = time(() => matchOpportunitiesBounded(m, corpus, { today: TODAY, limit: 20 }, unpruned));
      whole.push(wholeMs);
      if (!sameResults(results, everyCandidate)) identical = false;
      let found = 0;
      const [all, baseMs] = time(() => {
        const c = ctx(m.classification.language);
        const opportunities = corpus.candidatesFor(m);
        found = opportunities.length;
        return explainAll(opportunities, (o) => scoreMatch(m, o, c).score);
      });
      baseline.push(baseMs);
      candidates += found;
      // The shown results are the best of the explained list (collapse and diversify reorder within it).
      const best = all.filter((s) => s.score >= MATCH_WEIGHTS.threshold);
      if (results.length && !results[0].partial && best.length && results.some((r) => !best.some((b) => b.c.id === r.id && b.score === r.score))) identical = false;
      const [, adHocMs] = time(() => matchOpportunities(toMatchableEnterprise(queries[i]), corpus, { today: TODAY, limit: 20 }));
      adHoc.push(adHocMs);
      fbar.update(i + 1);
      await yieldToLoop();
    }
    fbar.stop();
    const again: number[] = [];
    for (const m of analysed) {
      again.push(time(() => matchOpportunities(m, corpus, { today: TODAY, limit: 20 }))[1]);
      await yieldToLoop();
    }
    forward.push({
      opportunities: size,
      candidates: round(candidates / analysed.length, 0),
      stored: latencyStats(stored),
      again: latencyStats(again),
      explainAll: latencyStats(baseline),
      unpruned: latencyStats(whole),
      analysis: latencyStats(analysisTimes),
      adHoc: latencyStats(adHoc),
    });
    if (size === outreachAt) outreachCorpusReady = true;
  }
  if (!outreachCorpusReady) throw new Error(`--core-outreach-opportunities ${outreachAt} is not one of the opportunity sizes`);

  // Firms: distinct analyses, repeated under new ids beyond `distinctFirms` (the same keys and scores).
  const distinct = Math.min(options.distinctFirms, options.firmSizes[options.firmSizes.length - 1]);
  const fbar = progressBar(`core: analyse ${distinct} firms`, distinct);
  const pool: MatchableEnterprise[] = [];
  let analysisMs = 0;
  for (let i = 0; i < distinct; i++) {
    const { outreachConsent, ...profile } = syntheticEnterprise(options.seed, i);
    const [m, ms] = time(() => compactMatchable(toMatchableEnterprise({ ...profile, id: `firm-${i}`, outreachConsent })));
    pool.push(m);
    analysisMs += ms;
    if (i % 50 === 0) {
      fbar.update(i);
      await yieldToLoop();
    }
  }
  fbar.update(distinct);
  fbar.stop();
  const index = new EnterpriseIndex();
  const targets = corpus.profiles.filter((o) => o.id.startsWith('sample-bench-')).slice(0, 30);
  const outreach: CoreOutreachFigures[] = [];
  let indexed = 0;
  let indexTime = 0;
  for (const size of options.firmSizes) {
    const ibar = progressBar(`core: index ${size} firms`, size - indexed);
    for (let i = indexed; i < size; i++) {
      const base = pool[i % distinct];
      const firm = i < distinct ? base : { ...base, id: `firm-${i}` };
      const t = performance.now();
      index.upsert(firm);
      indexTime += performance.now() - t;
      if (i % 1000 === 0) {
        ibar.update(i - indexed);
        await yieldToLoop();
      }
    }
    ibar.update(size - indexed);
    ibar.stop();
    indexed = size;
    // As the outreach route: the ranking cached per firm index revision (the candidates looked up only on a miss).
    const rankings = new OutreachCache();
    const page = (o: OpportunityProfile) =>
      outreachPage(o, index, ANY_FIRM, corpus, { today: TODAY, language: 'en', offset: 0, limit: PAGE, cache: { pages: rankings, key: String(index.revision) } });
    for (const o of targets.slice(0, 3)) page(o);
    // The first pass times first requests only.
    rankings.clear();
    const pageTimes: number[] = [];
    const baseTimes: number[] = [];
    let candidates = 0;
    const obar = progressBar(`core: outreach, ${size} firms`, options.outreachSamples);
    for (let i = 0; i < options.outreachSamples; i++) {
      const o = targets[i % targets.length];
      const [result, ms] = time(() => page(o));
      pageTimes.push(ms);
      const c = ctx('en');
      let found = 0;
      const [all, baseMs] = time(() => {
        const firms = index.candidatesFor(o);
        found = firms.length;
        return explainAll(firms, (m) => scoreMatch(m, o, c).score).filter((s) => s.score >= MATCH_WEIGHTS.threshold).slice(0, PAGE);
      });
      baseTimes.push(baseMs);
      candidates += found;
      if (result.items.length !== all.length || result.items.some((r, k) => r.id !== all[k].c.id || r.score !== all[k].score)) identical = false;
      obar.update(i + 1);
      await yieldToLoop();
    }
    obar.stop();
    const againTimes: number[] = [];
    for (let i = 0; i < options.outreachSamples; i++) {
      againTimes.push(time(() => page(targets[i % targets.length]))[1]);
      await yieldToLoop();
    }
    outreach.push({
      firms: size,
      distinctFirms: distinct,
      opportunities: outreachAt,
      candidates: round(candidates / options.outreachSamples, 0),
      page: latencyStats(pageTimes),
      pageAgain: latencyStats(againTimes),
      explainAll: latencyStats(baseTimes),
    });
  }
  return {
    loadAverageAtStart,
    loadAverageAtEnd: loadavg(),
    buildMs: {
      opportunitiesPerItem: round(buildTime / Math.max(1, built), 3),
      firmAnalysisPerFirm: round(analysisMs / Math.max(1, distinct), 3),
      firmIndexPerFirm: round(indexTime / Math.max(1, indexed), 3),
    },
    forward,
    outreach,
    identical,
  };
}

const pp = (s: LatencyStats) => `p50 ${round(s.p50, s.p50 < 10 ? 2 : 1)} ms · p99 ${round(s.p99, s.p99 < 10 ? 2 : 1)} ms`;
const ratio = (a: number, b: number) => `${round(b / Math.max(a, 0.0001), 1)}×`;
const n = (x: number) => x.toLocaleString('en-US');

/** The core section of the report: one markdown table (same columns as the HTTP table). */
export function coreMatchingTable(f: CoreMatchingFigures): string {
  const rows: string[][] = [];
  for (const x of f.forward) {
    const atTarget = x.opportunities >= 10_000;
    const ok = x.stored.p50 <= 2 && x.stored.p99 <= 10;
    rows.push([
      'core forward match, stored firm',
      `${n(x.opportunities)} opportunities (${n(x.candidates)} candidates a firm)`,
      pp(x.stored),
      `every candidate scored (no pruning): ${pp(x.unpruned)}; every candidate explained: ${pp(x.explainAll)}`,
      `${ratio(x.stored.p50, x.unpruned.p50)} faster at p50 than no pruning, ${ratio(x.stored.p50, x.explainAll.p50)} than explaining`,
      atTarget ? 'p50 ≤ 2 ms, p99 ≤ 10 ms at 10^4' : '',
      atTarget ? (ok ? '**met**' : '**missed**') : '',
    ]);
    rows.push([
      'core forward match, same firms again',
      `${n(x.opportunities)} opportunities`,
      pp(x.again),
      'posting lists of the firms\' words already built (once per word and corpus version)',
      `${ratio(x.again.p50, x.unpruned.p50)} faster at p50 than no pruning`,
      '',
      '',
    ]);
    rows.push(['core forward match, ad-hoc profile', `${n(x.opportunities)} opportunities`, pp(x.adHoc), `of which the analysis: ${pp(x.analysis)}`, `analysis ${round((100 * x.analysis.p50) / Math.max(x.adHoc.p50, 0.0001), 0)} % of p50`, '', '']);
  }
  for (const x of f.outreach) {
    const atTarget = x.firms >= 100_000;
    const ok = x.page.p50 <= 40 && x.page.p99 <= 150;
    rows.push([
      'core reverse outreach, page of 50',
      `${n(x.firms)} firms (${n(x.distinctFirms)} distinct), ${n(x.opportunities)} opportunities, ${n(x.candidates)} candidates`,
      pp(x.page),
      `every candidate explained: ${pp(x.explainAll)}`,
      `${ratio(x.page.p50, x.explainAll.p50)} faster at p50`,
      atTarget ? 'p50 ≤ 40 ms, p99 ≤ 150 ms at 10^5' : '',
      atTarget ? (ok ? '**met**' : '**missed**') : '',
    ]);
    rows.push(['core reverse outreach, same page again', `${n(x.firms)} firms`, pp(x.pageAgain), 'the ranking cached (per firm index and corpus revision, as the route keeps it)', `${ratio(x.pageAgain.p50, x.explainAll.p50)} faster at p50`, '', '']);
  }
  rows.push([
    'core build (in-process)',
    '',
    `opportunity analysed + indexed ${f.buildMs.opportunitiesPerItem} ms; firm analysed ${f.buildMs.firmAnalysisPerFirm} ms, indexed ${f.buildMs.firmIndexPerFirm} ms`,
    `load average ${f.loadAverageAtStart.map((x) => x.toFixed(1)).join('/')} → ${f.loadAverageAtEnd.map((x) => x.toFixed(1)).join('/')} (2 cores)`,
    f.identical ? 'both paths gave the same results' : '**the paths differ**',
    '',
    '',
  ]);
  const header = ['figure', 'size', 'measured', 'baseline (same run)', 'ratio', 'target', 'verdict'];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
