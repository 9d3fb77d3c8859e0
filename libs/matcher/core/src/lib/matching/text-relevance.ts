import { OpportunityPostings } from './opportunity-postings';
import { MatchableEnterprise, MatchContext, OpportunityProfile, TextLanguage, textLanguageOf } from './match-types';
import { addTo, bump, removeFrom } from './counted-maps';

const K1 = 1.2;
const B = 0.75;
const MAX_KEYWORD_TERMS = 4;
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

/** What text relevance reads of its corpus (`OpportunityCorpus`): its size, version, live profiles, order, postings and named events. */
export interface TextRelevanceHost {
  size(): number;
  version(): number;
  isLive(o: OpportunityProfile): boolean;
  postings(): OpportunityPostings;
  position(): ReadonlyMap<OpportunityProfile, number>;
  namedBy(e: MatchableEnterprise): OpportunityProfile[];
}

/**
 * Text relevance of firms' descriptions to the opportunities of one corpus (BM25 per language of
 * the words, scaled by the firm's best over the corpus): the document frequencies, text lengths and
 * word postings it needs, kept up to date with the corpus (`account`), and what is derived from
 * them per corpus version (word statistics, each firm's best).
 */
export class TextRelevance {
  private readonly bm25Df: Record<TextLanguage, Map<string, number>> = { zh: new Map(), en: new Map() };
  private readonly totalLength: Record<TextLanguage, number> = { zh: 0, en: 0 };
  /** Opportunities whose text has the token, per language (text relevance only looks at these). */
  private readonly byTextToken: Record<TextLanguage, Map<string, Set<OpportunityProfile>>> = { zh: new Map(), en: new Map() };
  /** The firm's best text relevance over the corpus, per corpus version (the scale of `keywords`). */
  private readonly bestKeyword = new WeakMap<MatchableEnterprise, { version: number; best: number }>();
  /** BM25 statistics per word and language, until the next change (`termStatsOf`). */
  private readonly termStats: Record<TextLanguage, Map<string, { idf: number; maxNorm: number }>> = { zh: new Map(), en: new Map() };

  constructor(private readonly host: TextRelevanceHost) {}

  /** The corpus changed: statistics derived from the counts are stale. */
  changed(): void {
    this.termStats.zh.clear();
    this.termStats.en.clear();
  }

  /** Text lengths, document frequencies and word postings of `p`, added (+1) or taken away (-1). */
  account(p: OpportunityProfile, sign: 1 | -1): void {
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

  /** The opportunities whose text in `language` has `token`. */
  textPostings(language: TextLanguage, token: string): Iterable<OpportunityProfile> | undefined {
    return this.byTextToken[language].get(token);
  }

  /** The BM25 length normalisation of `p`'s text in `language`. */
  norm(language: TextLanguage, p: OpportunityProfile): number {
    return bm25Norm(p.text[language].length, this.totalLength[language], Math.max(1, this.host.size()));
  }

  /**
   * BM25 of the firm's description against the opportunity's text, scaled so the most relevant
   * opportunity of the corpus gets 1, with the words that weighed most (as the firm wrote them;
   * none when `withTerms` is false).
   */
  readonly keywords = (e: MatchableEnterprise, o: OpportunityProfile, withTerms = true): { value: number; terms: readonly string[] } => {
    if (!this.host.isLive(o)) return { value: 0, terms: [] };
    const terms: Array<[string, number]> | null = withTerms ? [] : null;
    const score = this.bm25(e, o, terms);
    // No word in common: 0 whatever the scale, so the firm's best (a walk) is not needed.
    const best = score === 0 ? 0 : this.bestKeywordOf(e);
    const shown = terms ? [...new Set(terms.sort((a, b) => b[1] - a[1]).map(([surface]) => surface))].slice(0, MAX_KEYWORD_TERMS) : NO_TERMS;
    return { value: best > 0 ? score / best : 0, terms: shown };
  };

  /**
   * Where `keywords(e, o).value` lies, without the firm's best text relevance when it is not known
   * yet (finding it walks the opportunities sharing a word): exact (low = high) when the firm shares
   * no word with `o` or its best of this version is known; otherwise from BM25 over the MaxScore
   * bound of the best (no opportunity can score more than its words' bounds together) up to 1 (the
   * best is at least `o`'s own). Outreach decides most firms from it (`outreach-ranking.ts`).
   */
  keywordRange(e: MatchableEnterprise, o: OpportunityProfile): { low: number; high: number } {
    if (!this.host.isLive(o)) return { low: 0, high: 0 };
    const score = this.bm25(e, o, null);
    if (score === 0) return { low: 0, high: 0 };
    const cached = this.bestKeyword.get(e);
    if (cached?.version === this.host.version()) {
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
    const postings = this.host.postings();
    const position = this.host.position();
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
    this.bestKeyword.set(firm, { version: this.host.version(), best });
    const named = new Set(this.host.namedBy(firm));
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

  /** BM25 of the firm's description against `p` (each term's part pushed to `terms` when given). */
  private bm25(e: MatchableEnterprise, p: OpportunityProfile, terms: Array<[string, number]> | null): number {
    const n = Math.max(1, this.host.size());
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
    if (cached?.version === this.host.version()) return cached.best;
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
    this.bestKeyword.set(e, { version: this.host.version(), best });
    return best;
  }

  /** A word's BM25 IDF and its largest tf-normalisation over the texts having it, until the next change. */
  private termStatsOf(language: TextLanguage, token: string): { idf: number; maxNorm: number } {
    const cache = this.termStats[language];
    let stats = cache.get(token);
    if (!stats) {
      const n = Math.max(1, this.host.size());
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
