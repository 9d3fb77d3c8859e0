import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CalendarEvent, CatalogueItem, Locale } from '@fhk/contracts';
import { loadCalendarSeed } from '@fhk/event-calendar/feature';
import {
  analyzeForIndex,
  analyzeForQuery,
  EnterpriseProfileText,
  FeedbackAdjuster,
  matchOpportunities,
  OpportunityCorpus,
  OpportunityMatch,
  toMatchableEnterprise,
} from '@fhk/matcher/core';
import { loadCatalogueSeed } from '@fhk/measure-catalogue/feature';
import { createSearchEngine } from '@fhk/platform/runtime';
import { fragmentTerms } from './reason-quality';
import { collapseJudgments, collapseRanking, Judgments, mean, ndcgAt, precisionAt } from './relevance-metrics';

/** The splits of the labelled set (its data README): only `tuning` is ever read while tuning. */
export const EVALUATION_SPLITS = ['tuning', 'held-out', 'held-out-2', 'held-out-3'] as const;
export type EvaluationSplit = (typeof EVALUATION_SPLITS)[number];

export interface EvaluationProfile {
  id: string;
  language: Locale;
  group: string | null;
  sector: string;
  /**
   * `held-out`: never tuned against (a third of the 2026-12 profiles, stratified by language);
   * `held-out-2`: 45 profiles written later by another writer who never saw the ranker;
   * `held-out-3`: 30 profiles of 2026-12-03.1 by a fifth writer who never saw the ranker.
   */
  split?: EvaluationSplit;
  /** Writer batch of a tuning profile (the data README): the unit of leave-one-writer-out validation. */
  batch?: string;
  profile: EnterpriseProfileText;
  judgments: Judgments;
}

export const TODAY = '2026-11-24';
export const SYSTEMS = ['matcher', 'baseline-engine', 'baseline-bm25'] as const;
export type SystemName = (typeof SYSTEMS)[number];

/**
 * Items added to the seed data after the judgments were written: no judge saw them, so they are
 * left out of what is ranked rather than counted as wrong, until a writer who has not seen the
 * ranker grades them. Empty since set 2026-12-01.2 graded the thirteen added in seed 2026-12-01.1
 * and calendar 2026-12-01.2 (the culture-and-tourism bodies and eleven Hong Kong fairs).
 */
export const UNJUDGED_ITEMS: ReadonlySet<string> = new Set<string>([]);

export function loadEvaluationSet(): EvaluationProfile[] {
  return (JSON.parse(readFileSync(join(__dirname, 'data', 'evaluation-profiles.json'), 'utf8')) as { profiles: EvaluationProfile[] }).profiles;
}

const keyOf = (entity: CatalogueItem | CalendarEvent) => `${entity.kind === 'calendar-event' ? 'event' : entity.kind}:${entity.id}`;
const texts = (t: { 'zh-Hant': string; 'zh-Hans': string; en: string }) => [t['zh-Hant'], t['zh-Hans'], t.en];
const opportunityText = (e: CatalogueItem | CalendarEvent) => {
  const parts = [...texts(e.name), ...texts(e.summary)];
  if (e.kind === 'measure') parts.push(...texts(e.text));
  if (e.kind === 'service-provider') parts.push(...texts(e.offers));
  return parts.join('\n');
};
const profileText = (p: EnterpriseProfileText) => [p.name, p.industry, p.products, p.needs, p.markets].filter(Boolean).join(' ');

export interface Rankers {
  corpus: OpportunityCorpus;
  /** The matcher's top ten, with reasons (for the reason-quality checks). */
  matcher: (p: EnterpriseProfileText, feedback?: FeedbackAdjuster) => OpportunityMatch[];
  /** The profile as one plain full-text query to the same engine (AND over its first ten tokens). */
  'baseline-engine': (p: EnterpriseProfileText) => Promise<string[]>;
  /** BM25 over the profile's needs and products as an OR query in the same engine. */
  'baseline-bm25': (p: EnterpriseProfileText) => Promise<string[]>;
}

/** Rankers under evaluation: the matcher, and two baselines in the product's own search engine. */
export async function buildRankers(): Promise<Rankers> {
  const entities = [...loadCatalogueSeed(), ...loadCalendarSeed()].filter((e) => e.kind !== 'area' && !UNJUDGED_ITEMS.has(keyOf(e)));
  const corpus = OpportunityCorpus.fromEntities(entities);

  const engine = await createSearchEngine({ adapter: 'orama' });
  const spec = { name: 'eval-baseline', searchableFields: ['terms'], filterableFields: [] };
  await engine.ensureIndex(spec);
  await engine.upsert(spec.name, entities.map((e) => ({ id: keyOf(e).replace(':', '__'), terms: analyzeForIndex(opportunityText(e)) })));
  const fromHit = (id: string) => id.replace('__', ':');

  return {
    corpus,
    matcher: (p, feedback) => matchOpportunities(toMatchableEnterprise(p), corpus, { today: TODAY, limit: 10, feedback }),
    'baseline-engine': async (p) => {
      const result = await engine.search(spec.name, { text: analyzeForQuery(profileText(p)).join(' '), limit: 10 });
      return result.hits.map((h) => fromHit(h.id));
    },
    // OR: one engine query per token (the engine's BM25 score of that token), summed per document.
    'baseline-bm25': async (p) => {
      const tokens = analyzeForQuery([p.needs, p.products].filter(Boolean).join('\n'), { maxTokens: 40 });
      const scores = new Map<string, number>();
      for (const token of tokens) {
        const result = await engine.search(spec.name, { text: token, limit: entities.length });
        for (const hit of result.hits) scores.set(fromHit(hit.id), (scores.get(fromHit(hit.id)) ?? 0) + hit.score);
      }
      return [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10).map(([key]) => key);
    },
  };
}

export interface Scores {
  ndcg10: number;
  p5: number;
  /** Share of top-5 results whose reasons quote a fragment, a stop-word or a place as evidence (matcher only). */
  fragmentShare: number;
  /** Share of top-5 lists holding the same opportunity twice (as measure, programme or event). */
  duplicateShare: number;
  profiles: number;
}

export interface SliceReport {
  systems: Record<SystemName, Scores>;
  /** Mean overlap of the matcher's top 5 between language versions of the same firm (1 = identical). */
  parity: number | null;
}

export interface EvaluationReport {
  overall: SliceReport;
  byLanguage: Record<Locale, SliceReport>;
  bySplit: Record<EvaluationSplit, SliceReport & { byLanguage: Record<Locale, SliceReport> }>;
  perProfile: Array<{ id: string; language: Locale; split: EvaluationSplit; matcher: { ndcg10: number; top5: string[] }; fragments: string[] }>;
}

interface Row {
  profile: EvaluationProfile;
  system: SystemName;
  ndcg10: number;
  p5: number;
  top5: string[];
  duplicate: boolean;
  fragments: string[];
  fragmentResults: number;
}

const LANGUAGES: Locale[] = ['zh-Hant', 'zh-Hans', 'en'];
export const splitOf = (p: EvaluationProfile): EvaluationSplit => p.split ?? 'tuning';

/** nDCG@10 and P@5 at the level of opportunities: measure, programme and event of one are one. */
export function scoreRanking(ranked: readonly string[], judgments: Judgments, groupOf: (key: string) => string) {
  const collapsed = collapseJudgments(judgments, groupOf);
  const ranking = collapseRanking(ranked, groupOf);
  const groups = ranked.slice(0, 5).map(groupOf);
  return { ndcg10: ndcgAt(10, ranking, collapsed), p5: precisionAt(5, ranking, collapsed), duplicate: new Set(groups).size < groups.length };
}

export async function evaluate(profiles = loadEvaluationSet(), onProgress?: (done: number, total: number) => void): Promise<EvaluationReport> {
  const rankers = await buildRankers();
  const groupOf = (key: string) => rankers.corpus.groupOf(key);
  const rows: Row[] = [];
  let done = 0;
  for (const profile of profiles) {
    for (const system of SYSTEMS) {
      let ranked: string[];
      let fragments: string[] = [];
      let fragmentResults = 0;
      if (system === 'matcher') {
        const results = rankers.matcher(profile.profile);
        ranked = results.map((m) => `${m.type}:${m.id}`);
        for (const m of results.slice(0, 5)) {
          const bad = fragmentTerms(profile.profile, m.reasons);
          if (bad.length) fragmentResults++;
          fragments.push(...bad);
        }
        fragments = [...new Set(fragments)];
      } else {
        ranked = await rankers[system](profile.profile);
      }
      const scored = scoreRanking(ranked, profile.judgments, groupOf);
      rows.push({ profile, system, ...scored, top5: ranked.slice(0, 5), fragments, fragmentResults });
    }
    onProgress?.(++done, profiles.length);
  }
  const slice = (subset: Row[]): SliceReport => {
    const systems = Object.fromEntries(
      SYSTEMS.map((system) => {
        const mine = subset.filter((r) => r.system === system);
        const top5Count = mine.reduce((s, r) => s + Math.min(5, r.top5.length), 0);
        return [
          system,
          {
            ndcg10: mean(mine.map((r) => r.ndcg10)),
            p5: mean(mine.map((r) => r.p5)),
            fragmentShare: top5Count ? mine.reduce((s, r) => s + r.fragmentResults, 0) / top5Count : 0,
            duplicateShare: mean(mine.map((r) => (r.duplicate ? 1 : 0))),
            profiles: mine.length,
          },
        ];
      }),
    ) as Record<SystemName, Scores>;
    return { systems, parity: parityOf(subset.filter((r) => r.system === 'matcher'), groupOf) };
  };
  const byLanguage = (subset: Row[]) => Object.fromEntries(LANGUAGES.map((l) => [l, slice(subset.filter((r) => r.profile.language === l))])) as Record<Locale, SliceReport>;
  const inSplit = (split: EvaluationSplit) => rows.filter((r) => splitOf(r.profile) === split);
  return {
    overall: slice(rows),
    byLanguage: byLanguage(rows),
    bySplit: Object.fromEntries(EVALUATION_SPLITS.map((split) => [split, { ...slice(inSplit(split)), byLanguage: byLanguage(inSplit(split)) }])) as EvaluationReport['bySplit'],
    perProfile: rows
      .filter((r) => r.system === 'matcher')
      .map((r) => ({ id: r.profile.id, language: r.profile.language, split: splitOf(r.profile), matcher: { ndcg10: r.ndcg10, top5: r.top5 }, fragments: r.fragments })),
  };
}

/** Mean pairwise overlap of top-5 opportunities across the language versions of one firm. */
function parityOf(rows: Row[], groupOf: (key: string) => string): number | null {
  const byGroup = new Map<string, Set<string>[]>();
  for (const r of rows) if (r.profile.group) byGroup.set(r.profile.group, [...(byGroup.get(r.profile.group) ?? []), new Set(r.top5.map(groupOf))]);
  const overlaps: number[] = [];
  for (const tops of byGroup.values()) {
    for (let i = 0; i < tops.length; i++) {
      for (let j = i + 1; j < tops.length; j++) overlaps.push([...tops[i]].filter((k) => tops[j].has(k)).length / Math.max(1, Math.max(tops[i].size, tops[j].size)));
    }
  }
  return overlaps.length ? mean(overlaps) : null;
}
