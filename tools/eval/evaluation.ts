import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CalendarEvent, CatalogueItem, Locale } from '@fhk/contracts';
import { loadCalendarSeed } from '@fhk/event-calendar/feature';
import { analyzeForIndex, analyzeForQuery, analyzeText, EnterpriseProfileText, matchOpportunities, OpportunityCorpus, toMatchableEnterprise } from '@fhk/matcher/core';
import { loadCatalogueSeed } from '@fhk/measure-catalogue/feature';
import { createSearchEngine } from '@fhk/platform/search';
import { Judgments, mean, ndcgAt, precisionAt } from './relevance-metrics';

export interface EvaluationProfile {
  id: string;
  language: Locale;
  group: string | null;
  sector: string;
  profile: EnterpriseProfileText;
  judgments: Judgments;
}

export const TODAY = '2026-11-24';
export const SYSTEMS = ['matcher', 'baseline-engine', 'baseline-bm25'] as const;
export type SystemName = (typeof SYSTEMS)[number];

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

/** Rankers under evaluation: the matcher, and two baselines over the same opportunities. */
export async function buildRankers(): Promise<Record<SystemName, (p: EnterpriseProfileText) => Promise<string[]>>> {
  const entities = [...loadCatalogueSeed(), ...loadCalendarSeed()].filter((e) => e.kind !== 'area');
  const corpus = OpportunityCorpus.fromEntities(entities);

  // Baseline 1: the profile as one plain full-text query to the same engine the product uses.
  const engine = await createSearchEngine({ adapter: 'orama' });
  const spec = { name: 'eval-baseline', searchableFields: ['terms'], filterableFields: [] };
  await engine.ensureIndex(spec);
  await engine.upsert(spec.name, entities.map((e) => ({ id: keyOf(e).replace(':', '__'), terms: analyzeForIndex(opportunityText(e)) })));

  // Baseline 2: bag-of-words BM25 over the same analysed tokens, any word may match (OR).
  const docs = entities.map((e) => ({ key: keyOf(e), tokens: analyzeText(opportunityText(e)).tokens.map((t) => t.text) }));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const avgLength = mean(docs.map((d) => d.tokens.length));
  const bm25 = (query: string[]) =>
    docs
      .map((d) => {
        let score = 0;
        for (const q of new Set(query)) {
          const tf = d.tokens.filter((t) => t === q).length;
          if (!tf) continue;
          const idf = Math.log(1 + (docs.length - (df.get(q) ?? 0) + 0.5) / ((df.get(q) ?? 0) + 0.5));
          score += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * d.tokens.length) / avgLength));
        }
        return { key: d.key, score };
      })
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
      .map((r) => r.key);

  return {
    matcher: async (p) => matchOpportunities(toMatchableEnterprise(p), corpus, { today: TODAY, limit: 10 }).map((m) => `${m.type}:${m.id}`),
    'baseline-engine': async (p) => {
      const result = await engine.search(spec.name, { text: analyzeForQuery(profileText(p)).join(' '), limit: 10 });
      return result.hits.map((h) => h.id.replace('__', ':'));
    },
    'baseline-bm25': async (p) => bm25(analyzeText(profileText(p)).tokens.map((t) => t.text)).slice(0, 10),
  };
}

export interface Scores {
  ndcg10: number;
  p5: number;
  profiles: number;
}

export interface EvaluationReport {
  overall: Record<SystemName, Scores>;
  byLanguage: Record<Locale, Record<SystemName, Scores>>;
  perProfile: Array<{ id: string; language: Locale; matcher: { ndcg10: number; top5: string[] } }>;
  /** Cross-language groups whose members' top 3 differ (same firm, different wording). */
  inconsistentGroups: string[];
}

export async function evaluate(profiles = loadEvaluationSet(), onProgress?: (done: number, total: number) => void): Promise<EvaluationReport> {
  const rankers = await buildRankers();
  const rows: Array<{ profile: EvaluationProfile; system: SystemName; ndcg10: number; p5: number; ranked: string[] }> = [];
  let done = 0;
  for (const profile of profiles) {
    for (const system of SYSTEMS) {
      const ranked = await rankers[system](profile.profile);
      rows.push({ profile, system, ndcg10: ndcgAt(10, ranked, profile.judgments), p5: precisionAt(5, ranked, profile.judgments), ranked });
    }
    onProgress?.(++done, profiles.length);
  }
  const summarise = (subset: typeof rows) =>
    Object.fromEntries(
      SYSTEMS.map((system) => {
        const mine = subset.filter((r) => r.system === system);
        return [system, { ndcg10: mean(mine.map((r) => r.ndcg10)), p5: mean(mine.map((r) => r.p5)), profiles: mine.length }];
      }),
    ) as Record<SystemName, Scores>;
  const languages: Locale[] = ['zh-Hant', 'zh-Hans', 'en'];
  const matcherRows = rows.filter((r) => r.system === 'matcher');
  const groups = new Map<string, string[]>();
  for (const r of matcherRows) if (r.profile.group) groups.set(r.profile.group, [...(groups.get(r.profile.group) ?? []), [...r.ranked.slice(0, 3)].sort().join(',')]);
  return {
    overall: summarise(rows),
    byLanguage: Object.fromEntries(languages.map((l) => [l, summarise(rows.filter((r) => r.profile.language === l))])) as Record<Locale, Record<SystemName, Scores>>,
    perProfile: matcherRows.map((r) => ({ id: r.profile.id, language: r.profile.language, matcher: { ndcg10: r.ndcg10, top5: r.ranked.slice(0, 5) } })),
    inconsistentGroups: [...groups].filter(([, tops]) => new Set(tops).size > 1).map(([g]) => g),
  };
}
