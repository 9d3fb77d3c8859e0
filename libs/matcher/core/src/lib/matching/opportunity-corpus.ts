import type { CalendarEvent, CatalogueItem } from '@fhk/contracts';
import { opportunityGroups, opportunityKey } from './opportunity-groups';
import { toOpportunityProfile } from './opportunity-profile';
import { MatchableEnterprise, OpportunityProfile, TextLanguage, textLanguageOf } from './match-types';

const K1 = 1.2;
const B = 0.75;
const MAX_KEYWORD_TERMS = 4;

/**
 * The opportunities the matcher ranks, analysed once, with token rarity (IDF, scaled to [0, 1])
 * so that "鐵觀音" weighs more than "香港" when a firm's products meet an opportunity's text.
 */
export class OpportunityCorpus {
  readonly profiles: readonly OpportunityProfile[];
  private readonly byKey: ReadonlyMap<string, OpportunityProfile>;
  private readonly groups: ReadonlyMap<string, string>;
  private readonly members: ReadonlyMap<string, readonly OpportunityProfile[]>;
  private readonly idfByToken: ReadonlyMap<string, number>;
  private readonly bm25Idf: Record<TextLanguage, ReadonlyMap<string, number>>;
  private readonly averageLength: Record<TextLanguage, number>;
  /** Text relevance per enterprise analysis, computed over the whole corpus once. */
  private readonly keywordCache = new WeakMap<MatchableEnterprise, Map<OpportunityProfile, { value: number; terms: string[] }>>();

  constructor(profiles: readonly OpportunityProfile[]) {
    this.profiles = profiles;
    this.byKey = new Map(profiles.map((p) => [opportunityKey(p), p]));
    this.groups = opportunityGroups(profiles);
    const members = new Map<string, OpportunityProfile[]>();
    for (const p of profiles) {
      const g = this.groups.get(opportunityKey(p))!;
      members.set(g, [...(members.get(g) ?? []), p]);
    }
    this.members = members;
    const df = new Map<string, number>();
    for (const p of profiles) for (const t of p.tokens) df.set(t, (df.get(t) ?? 0) + 1);
    const n = Math.max(1, profiles.length);
    const max = Math.log(1 + n);
    this.idfByToken = new Map([...df].map(([t, d]) => [t, Math.log(1 + n / d) / max]));
    const bm25Idf = (language: TextLanguage) => {
      const counts = new Map<string, number>();
      for (const p of profiles) for (const t of p.text[language].counts.keys()) counts.set(t, (counts.get(t) ?? 0) + 1);
      return new Map([...counts].map(([t, d]) => [t, Math.log(1 + (n - d + 0.5) / (d + 0.5))]));
    };
    this.bm25Idf = { zh: bm25Idf('zh'), en: bm25Idf('en') };
    const average = (language: TextLanguage) => profiles.reduce((s, p) => s + p.text[language].length, 0) / n;
    this.averageLength = { zh: average('zh'), en: average('en') };
  }

  /**
   * BM25 of the firm's description against the opportunity's text, scaled so the most relevant
   * opportunity of the corpus gets 1, with the words that weighed most (as the firm wrote them).
   */
  readonly keywords = (e: MatchableEnterprise, o: OpportunityProfile): { value: number; terms: string[] } => {
    let scores = this.keywordCache.get(e);
    if (!scores) {
      scores = new Map();
      let best = 0;
      const raw = new Map<OpportunityProfile, { score: number; terms: Array<[string, number]> }>();
      for (const p of this.profiles) {
        let score = 0;
        const terms: Array<[string, number]> = [];
        for (const term of e.descriptionTerms) {
          const language = textLanguageOf(term.token);
          const doc = p.text[language];
          const tf = doc.counts.get(term.token);
          if (!tf) continue;
          const norm = 1 - B + (B * doc.length) / this.averageLength[language];
          const part = term.weight * (this.bm25Idf[language].get(term.token) ?? 0) * ((tf * (K1 + 1)) / (tf + K1 * norm));
          score += part;
          terms.push([term.surface, part]);
        }
        best = Math.max(best, score);
        raw.set(p, { score, terms });
      }
      for (const [p, { score, terms }] of raw) {
        const shown = [...new Set(terms.sort((a, b) => b[1] - a[1]).map(([surface]) => surface))].slice(0, MAX_KEYWORD_TERMS);
        scores.set(p, { value: best > 0 ? score / best : 0, terms: shown });
      }
      this.keywordCache.set(e, scores);
    }
    return scores.get(o) ?? { value: 0, terms: [] };
  };

  static fromEntities(entities: ReadonlyArray<CatalogueItem | CalendarEvent>): OpportunityCorpus {
    return new OpportunityCorpus(entities.map(toOpportunityProfile).filter((p): p is OpportunityProfile => p !== null));
  }

  get(type: string, id: string): OpportunityProfile | undefined {
    return this.byKey.get(`${type}:${id}`);
  }

  readonly idf = (token: string): number => this.idfByToken.get(token) ?? 0;

  /** The group (same opportunity as measure, programme, event) of `type:id`. */
  groupOf(key: string): string {
    return this.groups.get(key) ?? key;
  }

  /** Every member of a group, the group's own item included. */
  membersOf(group: string): readonly OpportunityProfile[] {
    return this.members.get(group) ?? [];
  }
}
