import type { CalendarEvent, CatalogueItem } from '@fhk/contracts';
import { namingTextOf, eventNamesOf } from './named-event';
import { enterpriseKeys, opportunityKeys } from './match-candidates';
import { opportunityGroups, opportunityKey } from './opportunity-groups';
import { toOpportunityProfile } from './opportunity-profile';
import { MatchableEnterprise, MatchContext, OpportunityProfile, TextLanguage, textLanguageOf } from './match-types';
import { OpportunityPostings } from './opportunity-postings';

const K1 = 1.2;
const B = 0.75;
const MAX_KEYWORD_TERMS = 4;
/**
 * Event names are found in a firm's text through their first this many code units (the whole name
 * when shorter: names have at least 3). Long keys keep common openings ("hong kong", 香港国际) from
 * sending every event that starts so to the full test.
 */
const NAME_KEY = 8;
const LANGUAGES: readonly TextLanguage[] = ['zh', 'en'];
const NO_TERMS: readonly string[] = [];
/** Relative slack on the MaxScore bound (far above the rounding of a sum of a few hundred parts). */
const BOUND_SLACK = 1e-9;

/** BM25's length normalisation of a text (one expression for every use, so the numbers are the same bits). */
const bm25Norm = (length: number, totalLength: number, n: number) => 1 - B + (B * length) / (totalLength / n);

/**
 * What `OpportunityCorpus.firmView` works out for one firm: the context parts matching reads, and its
 * BM25 against every opportunity by ordinal (0 where they share no word) with the best of them.
 */
export interface FirmView extends Pick<MatchContext, 'keywords' | 'mayName'> {
  readonly postings: OpportunityPostings;
  /** `namedBy(firm)`: the opportunities one of whose names its text has. */
  readonly named: ReadonlySet<OpportunityProfile>;
  readonly relevance: Float64Array;
  readonly bestRelevance: number;
}

const termLanguages = new WeakMap<MatchableEnterprise, readonly TextLanguage[]>();
/** The language of each of the firm's description terms, found once per analysis. */
function termLanguagesOf(e: MatchableEnterprise): readonly TextLanguage[] {
  let languages = termLanguages.get(e);
  if (!languages) {
    languages = e.descriptionTerms.map((t) => textLanguageOf(t.token));
    termLanguages.set(e, languages);
  }
  return languages;
}

export interface OpportunityCorpusOptions {
  /**
   * Keep `profiles` in key order (`type:id`, as the matcher's read model lists its rows), also
   * after upserts; otherwise they stay in the order given, new ones appended.
   */
  readonly orderByKey?: boolean;
}

const addTo = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
};
const removeFrom = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
};
const bump = <K>(map: Map<K, number>, key: K, by: number) => {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
};

/**
 * The opportunities the matcher ranks, analysed once, with token rarity (IDF, scaled to [0, 1])
 * so that "鐵觀音" weighs more than "香港" when a firm's products meet an opportunity's text.
 *
 * Kept up to date one opportunity at a time (`upsert`, `remove`): document frequencies, text
 * lengths and the inverted indexes (concept and token keys → opportunities, event-name prefixes)
 * change with each item, and rarity is computed from them when asked, so a change costs the
 * changed item, not the corpus. Groups and the ordered list are derived again on first use after
 * a change. `candidatesFor` gives the opportunities a firm can score above zero with (see
 * `match-candidates.ts`).
 */
export class OpportunityCorpus {
  private readonly byKey = new Map<string, OpportunityProfile>();
  private readonly orderByKey: boolean;
  private ordered: { profiles: readonly OpportunityProfile[]; position: Map<OpportunityProfile, number> } | null = null;
  private postingsNow: OpportunityPostings | null = null;
  private grouping: { groups: ReadonlyMap<string, string>; byProfile: ReadonlyMap<OpportunityProfile, string>; members: ReadonlyMap<string, readonly OpportunityProfile[]> } | null = null;
  private readonly df = new Map<string, number>();
  private readonly bm25Df: Record<TextLanguage, Map<string, number>> = { zh: new Map(), en: new Map() };
  private readonly totalLength: Record<TextLanguage, number> = { zh: 0, en: 0 };
  private readonly byConcept = new Map<string, Set<OpportunityProfile>>();
  private readonly byToken = new Map<string, Set<OpportunityProfile>>();
  /** Opportunities whose text has the token, per language (text relevance only looks at these). */
  private readonly byTextToken: Record<TextLanguage, Map<string, Set<OpportunityProfile>>> = { zh: new Map(), en: new Map() };
  private readonly byNamePrefix = new Map<string, Set<OpportunityProfile>>();
  /** How many names are keyed by each key length (at most NAME_KEY): the lengths of text to look up. */
  private readonly nameKeyLengths = new Map<number, number>();
  /** The firm's best text relevance over the corpus, per corpus version (the scale of `keywords`). */
  private readonly bestKeyword = new WeakMap<MatchableEnterprise, { version: number; best: number }>();
  /** The profiles in the corpus now (a replaced version is no longer live). */
  private readonly live = new WeakSet<OpportunityProfile>();
  /** IDF per token, until the next change. */
  private readonly idfCache = new Map<string, number>();
  /** BM25 statistics per word and language, until the next change (`termStatsOf`). */
  private readonly termStats: Record<TextLanguage, Map<string, { idf: number; maxNorm: number }>> = { zh: new Map(), en: new Map() };
  /** Bumped by every change; caches of derived values carry it. */
  private version = 0;

  constructor(profiles: readonly OpportunityProfile[], options: OpportunityCorpusOptions = {}) {
    this.orderByKey = options.orderByKey ?? false;
    for (const p of profiles) this.upsert(p);
  }

  static fromEntities(entities: ReadonlyArray<CatalogueItem | CalendarEvent>, options?: OpportunityCorpusOptions): OpportunityCorpus {
    return new OpportunityCorpus(
      entities.map(toOpportunityProfile).filter((p): p is OpportunityProfile => p !== null),
      options,
    );
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Every opportunity, in the order given (or in key order, see the options). */
  get profiles(): readonly OpportunityProfile[] {
    return this.order().profiles;
  }

  /** Adds an opportunity, or replaces the one with the same type and id. */
  upsert(profile: OpportunityProfile): void {
    const key = opportunityKey(profile);
    const previous = this.byKey.get(key);
    if (previous === profile) return;
    if (previous) {
      this.unindex(previous);
      this.live.delete(previous);
    }
    this.byKey.set(key, profile);
    this.live.add(profile);
    this.index(profile);
    this.changed();
  }

  /** Removes the opportunity of this type and id; false when there was none. */
  remove(type: string, id: string): boolean {
    const key = `${type}:${id}`;
    const previous = this.byKey.get(key);
    if (!previous) return false;
    this.unindex(previous);
    this.live.delete(previous);
    this.byKey.delete(key);
    this.changed();
    return true;
  }

  get(type: string, id: string): OpportunityProfile | undefined {
    return this.byKey.get(`${type}:${id}`);
  }

  readonly idf = (token: string): number => {
    const cached = this.idfCache.get(token);
    if (cached !== undefined) return cached;
    const d = this.df.get(token);
    const n = Math.max(1, this.byKey.size);
    const idf = d ? Math.log(1 + n / d) / Math.log(1 + n) : 0;
    this.idfCache.set(token, idf);
    return idf;
  };

  /**
   * BM25 of the firm's description against the opportunity's text, scaled so the most relevant
   * opportunity of the corpus gets 1, with the words that weighed most (as the firm wrote them;
   * none when `withTerms` is false).
   */
  readonly keywords = (e: MatchableEnterprise, o: OpportunityProfile, withTerms = true): { value: number; terms: readonly string[] } => {
    if (!this.live.has(o)) return { value: 0, terms: [] };
    const terms: Array<[string, number]> | null = withTerms ? [] : null;
    const score = this.bm25(e, o, terms);
    // No word in common: 0 whatever the scale, so the firm's best (a walk) is not needed.
    const best = score === 0 ? 0 : this.bestKeywordOf(e);
    const shown = terms ? [...new Set(terms.sort((a, b) => b[1] - a[1]).map(([surface]) => surface))].slice(0, MAX_KEYWORD_TERMS) : NO_TERMS;
    return { value: best > 0 ? score / best : 0, terms: shown };
  };

  /** Bumped by every change: what is derived from the corpus can be cached under it. */
  get revision(): number {
    return this.version;
  }

  /**
   * Where `keywords(e, o).value` lies, without the firm's best text relevance when it is not known
   * yet (finding it walks the opportunities sharing a word): exact (low = high) when the firm shares
   * no word with `o` or its best of this version is known; otherwise from BM25 over the MaxScore
   * bound of the best (no opportunity can score more than its words' bounds together) up to 1 (the
   * best is at least `o`'s own). Outreach decides most firms from it (`outreach-ranking.ts`).
   */
  keywordRange(e: MatchableEnterprise, o: OpportunityProfile): { low: number; high: number } {
    if (!this.live.has(o)) return { low: 0, high: 0 };
    const score = this.bm25(e, o, null);
    if (score === 0) return { low: 0, high: 0 };
    const cached = this.bestKeyword.get(e);
    if (cached?.version === this.version) {
      const value = cached.best > 0 ? score / cached.best : 0;
      return { low: value, high: value };
    }
    const languages = termLanguagesOf(e);
    let bound = 0;
    e.descriptionTerms.forEach((term, i) => {
      const stats = this.termStatsOf(languages[i], term.token);
      bound += term.weight * stats.idf * stats.maxNorm;
    });
    return { low: score / (bound * (1 + BOUND_SLACK)), high: 1 };
  }

  /**
   * What one firm ranking many opportunities reads of the corpus again and again, worked out once
   * from the postings by ordinal: its BM25 against every opportunity sharing a word with it (one
   * walk, which also gives its best). Same numbers as `keywords`, which answers for other firms and
   * for the terms. (Product terms are found per scored pair, `productHitsOf`: only few are scored.)
   */
  firmView(firm: MatchableEnterprise): FirmView {
    const postings = this.postings();
    const { position } = this.order();
    const relevance = new Float64Array(postings.size);
    const languages = termLanguagesOf(firm);
    // The parts of `bm25`, term by term in the firm's order: each opportunity's sum in the same order, the same bits.
    firm.descriptionTerms.forEach((term, i) => {
      const language = languages[i];
      const { ordinals, values } = postings.text(language, term.token);
      if (!ordinals.length) return;
      const idf = this.termStatsOf(language, term.token).idf;
      const norms = postings.norm[language];
      for (let k = 0; k < ordinals.length; k++) {
        const o = ordinals[k];
        const tf = values[k];
        relevance[o] += term.weight * idf * ((tf * (K1 + 1)) / (tf + K1 * norms[o]));
      }
    });
    let best = 0;
    for (let o = 0; o < relevance.length; o++) if (relevance[o] > best) best = relevance[o];
    this.bestKeyword.set(firm, { version: this.version, best });
    const named = new Set(this.namedBy(firm));
    return {
      postings,
      relevance,
      bestRelevance: best,
      named,
      mayName: (e, o) => e !== firm || named.has(o),
      keywords: (e, o, withTerms = true) => {
        if (withTerms || e !== firm) return this.keywords(e, o, withTerms);
        const at = position.get(o);
        if (at === undefined) return { value: 0, terms: NO_TERMS };
        return { value: best > 0 ? relevance[at] / best : 0, terms: NO_TERMS };
      },
    };
  }

  /** This version's opportunities by ordinal, with their posting lists (`opportunity-postings.ts`), until the next change. */
  postings(): OpportunityPostings {
    if (!this.postingsNow) {
      const { profiles, position } = this.order();
      const n = Math.max(1, this.byKey.size);
      this.postingsNow = new OpportunityPostings({
        profiles,
        position,
        groupOf: (p) => this.groupOfProfile(p),
        byConcept: (key) => this.byConcept.get(key),
        byToken: (token) => this.byToken.get(token),
        byTextToken: (language, token) => this.byTextToken[language].get(token),
        norm: (language, p) => bm25Norm(p.text[language].length, this.totalLength[language], n),
      });
    }
    return this.postingsNow;
  }

  /** The group (same opportunity as measure, programme, event) of `type:id`. */
  groupOf(key: string): string {
    return this.groupsNow().groups.get(key) ?? key;
  }

  /** The group of an opportunity of the corpus (`groupOf` its key, without making the key). */
  groupOfProfile(o: OpportunityProfile): string {
    return this.groupsNow().byProfile.get(o) ?? this.groupOf(opportunityKey(o));
  }

  /** Every member of a group, the group's own item included. */
  membersOf(group: string): readonly OpportunityProfile[] {
    return this.groupsNow().members.get(group) ?? [];
  }

  /**
   * The opportunities the firm can score above zero with, in `profiles` order: those sharing a
   * concept or token key with it, and the events it names. Scoring only these gives the results
   * of scoring every opportunity.
   */
  candidatesFor(e: MatchableEnterprise): OpportunityProfile[] {
    // Marks by position in `profiles`: read back in order, no sort.
    const { profiles, position } = this.order();
    const found = new Uint8Array(profiles.length);
    const keys = enterpriseKeys(e);
    for (const k of keys.concepts) for (const o of this.byConcept.get(k) ?? []) found[position.get(o)!] = 1;
    for (const t of keys.tokens) for (const o of this.byToken.get(t) ?? []) found[position.get(o)!] = 1;
    for (const o of this.namedBy(e)) found[position.get(o)!] = 1;
    const out: OpportunityProfile[] = [];
    for (let i = 0; i < profiles.length; i++) if (found[i]) out.push(profiles[i]);
    return out;
  }

  /**
   * The events, providers and programmes one of whose names the firm's text has (by plain substring:
   * a superset of those it names, `namedByFirm`), found through the first code units of the names.
   */
  namedBy(e: MatchableEnterprise): OpportunityProfile[] {
    const out: OpportunityProfile[] = [];
    if (!this.byNamePrefix.size) return out;
    const text = namingTextOf(e);
    const seen = new Set<OpportunityProfile>();
    const lengths = [...this.nameKeyLengths.keys()];
    for (let i = 0; i < text.length; i++) {
      for (const length of lengths) {
        if (i + length > text.length) continue;
        const events = this.byNamePrefix.get(text.slice(i, i + length));
        if (!events) continue;
        for (const o of events) {
          if (seen.has(o)) continue;
          seen.add(o);
          if (eventNamesOf(o).some((n) => text.includes(n))) out.push(o);
        }
      }
    }
    return out;
  }

  private changed(): void {
    this.version++;
    this.idfCache.clear();
    this.termStats.zh.clear();
    this.termStats.en.clear();
    this.ordered = null;
    this.grouping = null;
    this.postingsNow = null;
  }

  private order(): NonNullable<OpportunityCorpus['ordered']> {
    if (!this.ordered) {
      const profiles = [...this.byKey.values()];
      if (this.orderByKey) {
        const keyOf = new Map(profiles.map((p) => [p, opportunityKey(p)]));
        profiles.sort((a, b) => (keyOf.get(a)! < keyOf.get(b)! ? -1 : 1));
      }
      this.ordered = { profiles, position: new Map(profiles.map((p, i) => [p, i])) };
    }
    return this.ordered;
  }

  private groupsNow(): NonNullable<OpportunityCorpus['grouping']> {
    if (!this.grouping) {
      const { profiles } = this.order();
      const groups = opportunityGroups(profiles);
      const members = new Map<string, OpportunityProfile[]>();
      const byProfile = new Map<OpportunityProfile, string>();
      for (const p of profiles) {
        const g = groups.get(opportunityKey(p))!;
        byProfile.set(p, g);
        const list = members.get(g);
        if (list) list.push(p);
        else members.set(g, [p]);
      }
      this.grouping = { groups, byProfile, members };
    }
    return this.grouping;
  }

  private index(p: OpportunityProfile): void {
    this.account(p, 1);
    const keys = opportunityKeys(p);
    for (const k of keys.concepts) addTo(this.byConcept, k, p);
    for (const t of keys.tokens) addTo(this.byToken, t, p);
    for (const n of eventNamesOf(p)) {
      const key = n.slice(0, NAME_KEY);
      addTo(this.byNamePrefix, key, p);
      bump(this.nameKeyLengths, key.length, 1);
    }
  }

  private unindex(p: OpportunityProfile): void {
    this.account(p, -1);
    const keys = opportunityKeys(p);
    for (const k of keys.concepts) removeFrom(this.byConcept, k, p);
    for (const t of keys.tokens) removeFrom(this.byToken, t, p);
    for (const n of eventNamesOf(p)) {
      const key = n.slice(0, NAME_KEY);
      removeFrom(this.byNamePrefix, key, p);
      bump(this.nameKeyLengths, key.length, -1);
    }
  }

  /** Document frequencies and text lengths, added (+1) or taken away (-1). */
  private account(p: OpportunityProfile, sign: 1 | -1): void {
    for (const t of p.tokens) bump(this.df, t, sign);
    for (const language of LANGUAGES) {
      const text = p.text[language];
      this.totalLength[language] += sign * text.length;
      for (const t of text.counts.keys()) {
        bump(this.bm25Df[language], t, sign);
        if (sign > 0) addTo(this.byTextToken[language], t, p);
        else removeFrom(this.byTextToken[language], t, p);
      }
    }
  }

  /** BM25 of the firm's description against `p` (each term's part pushed to `terms` when given). */
  private bm25(e: MatchableEnterprise, p: OpportunityProfile, terms: Array<[string, number]> | null): number {
    const n = Math.max(1, this.byKey.size);
    const languages = termLanguagesOf(e);
    let score = 0;
    e.descriptionTerms.forEach((term, i) => {
      const language = languages[i];
      const doc = p.text[language];
      const tf = doc.counts.get(term.token);
      if (!tf) return;
      const idf = this.termStatsOf(language, term.token).idf;
      const norm = bm25Norm(doc.length, this.totalLength[language], n);
      const part = term.weight * idf * ((tf * (K1 + 1)) / (tf + K1 * norm));
      score += part;
      terms?.push([term.surface, part]);
    });
    return score;
  }

  /**
   * The firm's highest text relevance over the corpus: only opportunities sharing a word can have
   * any. Exact, without scoring all of them (MaxScore): each of its words can add at most its
   * weight × IDF × its largest tf-normalisation in the corpus; words are taken strongest first, and
   * once what the words not yet taken could add together cannot beat the best so far, no
   * opportunity not yet seen (it has only those words) can.
   */
  private bestKeywordOf(e: MatchableEnterprise): number {
    const cached = this.bestKeyword.get(e);
    if (cached?.version === this.version) return cached.best;
    const languages = termLanguagesOf(e);
    const bounds = e.descriptionTerms.map((term, i) => {
      const stats = this.termStatsOf(languages[i], term.token);
      return { i, bound: term.weight * stats.idf * stats.maxNorm };
    });
    bounds.sort((a, b) => b.bound - a.bound);
    const rest = new Float64Array(bounds.length + 1);
    for (let k = bounds.length - 1; k >= 0; k--) rest[k] = rest[k + 1] + bounds[k].bound;
    const seen = new Set<OpportunityProfile>();
    let best = 0;
    for (let k = 0; k < bounds.length; k++) {
      // The slack covers rounding: the sum of the parts is added in another order than the bounds.
      if (best > rest[k] * (1 + BOUND_SLACK)) break;
      const { i } = bounds[k];
      for (const p of this.byTextToken[languages[i]].get(e.descriptionTerms[i].token) ?? []) {
        if (seen.has(p)) continue;
        seen.add(p);
        best = Math.max(best, this.bm25(e, p, null));
      }
    }
    this.bestKeyword.set(e, { version: this.version, best });
    return best;
  }

  /** A word's BM25 IDF and its largest tf-normalisation over the texts having it, until the next change. */
  private termStatsOf(language: TextLanguage, token: string): { idf: number; maxNorm: number } {
    const cache = this.termStats[language];
    let stats = cache.get(token);
    if (!stats) {
      const n = Math.max(1, this.byKey.size);
      const d = this.bm25Df[language].get(token) ?? 0;
      let maxNorm = 0;
      for (const p of this.byTextToken[language].get(token) ?? []) {
        const doc = p.text[language];
        const tf = doc.counts.get(token)!;
        const norm = bm25Norm(doc.length, this.totalLength[language], n);
        maxNorm = Math.max(maxNorm, (tf * (K1 + 1)) / (tf + K1 * norm));
      }
      stats = { idf: d ? Math.log(1 + (n - d + 0.5) / (d + 0.5)) : 0, maxNorm };
      cache.set(token, stats);
    }
    return stats;
  }
}
