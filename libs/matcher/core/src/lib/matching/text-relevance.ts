import { OpportunityPostings } from './opportunity-postings';
import { MatchableEnterprise, MatchContext, OpportunityProfile, TextLanguage, textLanguageOf } from './match-types';
import { addToList, bump, removeFromList } from './counted-maps';

const K1 = 1.2;
const B = 0.75;
const MAX_KEYWORD_TERMS = 4;
const LANGUAGES: readonly TextLanguage[] = ['zh', 'en'];
const NO_TERMS: readonly string[] = [];
/** Relative slack on the MaxScore bound (far above the rounding of a sum of a few hundred parts). */
const BOUND_SLACK = 1e-9;

/** BM25's length normalisation of a text (one expression for every use, so the numbers are the same bits). */
const bm25Norm = (length: number, totalLength: number, n: number) => 1 - B + (B * length) / (totalLength / n);
/** BM25's IDF of a word in `d` of `n` texts (one expression for every use). */
const bm25Idf = (d: number, n: number) => (d ? Math.log(1 + (n - d + 0.5) / (d + 0.5)) : 0);
/** BM25's saturated term frequency in a text of normalised length `norm` (one expression for every use). */
const bm25Tf = (tf: number, norm: number) => (tf * (K1 + 1)) / (tf + K1 * norm);
const NOTHING = { low: 0, high: 0 } as const;

/** Where a firm's text relevance to one opportunity lies (`TextRelevance.keywordRangesFor`). */
export interface KeywordRanges {
  /** `keywordRange(e, o)`, the same numbers. */
  readonly of: (e: MatchableEnterprise) => { low: number; high: number };
  /** IDF × saturated frequency of each of `o`'s words in its text: a firm's BM25 is Σ its words' weight × part (summed in its words' order by `of`). */
  readonly parts: ReadonlyMap<string, number>;
  /** The range for a firm whose BM25 against `o` is `score` (0: none). */
  readonly fromScore: (e: MatchableEnterprise, score: number) => { low: number; high: number };
}
const NO_RANGES: KeywordRanges = { of: () => NOTHING, parts: new Map(), fromScore: () => NOTHING };

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

/** Relevance arrays of released views (`releaseFirmView`), zeroed, per corpus version (one `OpportunityPostings`). */
const relevancePools = new WeakMap<OpportunityPostings, Float64Array[]>();
/** Arrays kept per corpus version (one a request running at once; more only while one is nested in another). */
const POOLED = 2;

/**
 * Gives a view's relevance array (8 bytes an opportunity, 80 KB at 10^4, allocated outside the V8
 * heap, where it counted towards the external memory that starts full collections) back to the
 * views made next of its corpus version, zeroed. The caller must not use the view afterwards;
 * a view never released is simply collected.
 */
export function releaseFirmView(view: FirmView): void {
  let free = relevancePools.get(view.postings);
  if (!free) relevancePools.set(view.postings, (free = []));
  if (free.length >= POOLED || free.includes(view.relevance)) return;
  view.relevance.fill(0);
  free.push(view.relevance);
}

/** A firm's description terms that some opportunity's text has: their indexes in `descriptionTerms`, in order, and their IDF. */
interface QuotableTerms {
  readonly at: readonly number[];
  readonly idf: readonly number[];
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
  private readonly byTextToken: Record<TextLanguage, Map<string, OpportunityProfile[]>> = { zh: new Map(), en: new Map() };
  /**
   * Per firm and corpus version (one entry a firm): its best text relevance over the corpus (the
   * scale of `keywords`) and the MaxScore bound of that best (`keywordRange`), NaN until found.
   */
  private readonly perFirm = new WeakMap<MatchableEnterprise, { version: number; best: number; bound: number }>();
  /** Sums by ordinal for `bestKeywordOf`, all 0 between calls. */
  private sums = new Float64Array(0);
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
        if (sign > 0) addToList(this.byTextToken[language], t, p);
        else removeFromList(this.byTextToken[language], t, p);
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
    if (!this.host.isLive(o)) return NOTHING;
    return this.rangeOf(e, this.bm25(e, o, null));
  }

  /**
   * `keywordRange(·, o)` for many firms against one opportunity (outreach), the same numbers: each
   * of `o`'s words with its IDF and saturated frequency, found once, so a firm costs one lookup per
   * word of its own (not its words' languages, statistics and the text's counts each time).
   */
  keywordRangesFor(o: OpportunityProfile): KeywordRanges {
    if (!this.host.isLive(o)) return NO_RANGES;
    const n = Math.max(1, this.host.size());
    // A word counts in the text of its own language only (as `bm25` looks it up).
    const parts = new Map<string, { idf: number; tf: number }>();
    const products = new Map<string, number>();
    for (const language of LANGUAGES) {
      const doc = o.text[language];
      const norm = bm25Norm(doc.length, this.totalLength[language], n);
      for (const [token, tf] of doc.counts) {
        if (textLanguageOf(token) !== language) continue;
        const part = { idf: bm25Idf(this.bm25Df[language].get(token) ?? 0, n), tf: bm25Tf(tf, norm) };
        parts.set(token, part);
        products.set(token, part.idf * part.tf);
      }
    }
    return {
      parts: products,
      of: (e) => {
        let score = 0;
        for (const term of e.descriptionTerms) {
          const part = parts.get(term.token);
          if (part) score += term.weight * part.idf * part.tf;
        }
        return this.rangeOf(e, score);
      },
      fromScore: (e, score) => this.rangeOf(e, score),
    };
  }

  /** The range of the firm's relevance to an opportunity it has BM25 `score` with. */
  private rangeOf(e: MatchableEnterprise, score: number): { low: number; high: number } {
    if (score === 0) return NOTHING;
    const known = this.entryOf(e);
    if (!Number.isNaN(known.best)) {
      const value = known.best > 0 ? score / known.best : 0;
      return { low: value, high: value };
    }
    if (Number.isNaN(known.bound)) known.bound = this.maxScoreOf(e);
    return { low: score / (known.bound * (1 + BOUND_SLACK)), high: 1 };
  }

  /** The firm's entry of this corpus version (a new one, nothing known, after a change). */
  private entryOf(e: MatchableEnterprise): { version: number; best: number; bound: number } {
    const version = this.host.version();
    let entry = this.perFirm.get(e);
    if (entry?.version !== version) {
      entry = { version, best: NaN, bound: NaN };
      this.perFirm.set(e, entry);
    }
    return entry;
  }

  /** The MaxScore bound of the firm's best: its words' bounds together. */
  private maxScoreOf(e: MatchableEnterprise): number {
    const languages = termLanguagesOf(e);
    let bound = 0;
    e.descriptionTerms.forEach((term, i) => {
      const stats = this.termStatsOf(languages[i], term.token);
      bound += term.weight * stats.idf * stats.maxNorm;
    });
    return bound;
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
    const relevance = relevancePools.get(postings)?.pop() ?? new Float64Array(postings.size);
    this.addRelevance(firm, postings, relevance, null);
    let best = 0;
    for (let o = 0; o < relevance.length; o++) if (relevance[o] > best) best = relevance[o];
    this.entryOf(firm).best = best;
    const named = new Set(this.host.namedBy(firm));
    // The firm's words that some opportunity's text has, with their IDF: the words an explained result can quote (found on first use).
    let quotable: QuotableTerms | null = null;
    const version = this.host.version();
    return {
      postings,
      relevance,
      bestRelevance: best,
      named,
      mayName: (e, o) => e !== firm || named.has(o),
      keywords: (e, o, withTerms = true) => {
        if (e !== firm) return this.keywords(e, o, withTerms);
        if (withTerms) {
          // The view's postings and statistics are of its corpus version: after a change, the plain path.
          if (this.host.version() !== version) return this.keywords(e, o, withTerms);
          if (!this.host.isLive(o)) return { value: 0, terms: [] };
          quotable ??= this.quotableTermsOf(firm, postings);
          return this.keywordsOfQuotable(firm, o, quotable);
        }
        const at = position.get(o);
        if (at === undefined) return { value: 0, terms: NO_TERMS };
        return { value: best > 0 ? relevance[at] / best : 0, terms: NO_TERMS };
      },
    };
  }

  /** The firm's description terms some opportunity's text has (in the firm's order), each with its language and IDF. */
  private quotableTermsOf(firm: MatchableEnterprise, postings: OpportunityPostings): QuotableTerms {
    const languages = termLanguagesOf(firm);
    const at: number[] = [];
    const idf: number[] = [];
    firm.descriptionTerms.forEach((term, i) => {
      // A word no text has (in its language) scores nowhere: `bm25` finds no count for it in any opportunity.
      if (!postings.text(languages[i], term.token).ordinals.length) return;
      at.push(i);
      idf.push(this.termStatsOf(languages[i], term.token).idf);
    });
    return { at, idf };
  }

  /**
   * `keywords(firm, o)` with the terms, over the firm's quotable terms only: the same parts in the
   * same order as `bm25` (the others have no count in `o`), so the same value and the same terms.
   */
  private keywordsOfQuotable(firm: MatchableEnterprise, o: OpportunityProfile, quotable: QuotableTerms): { value: number; terms: readonly string[] } {
    const n = Math.max(1, this.host.size());
    const languages = termLanguagesOf(firm);
    const terms: Array<[string, number]> = [];
    let score = 0;
    for (let k = 0; k < quotable.at.length; k++) {
      const i = quotable.at[k];
      const term = firm.descriptionTerms[i];
      const language = languages[i];
      const doc = o.text[language];
      const tf = doc.counts.get(term.token);
      if (!tf) continue;
      const part = term.weight * quotable.idf[k] * bm25Tf(tf, bm25Norm(doc.length, this.totalLength[language], n));
      score += part;
      terms.push([term.surface, part]);
    }
    const best = score === 0 ? 0 : this.bestKeywordOf(firm);
    const shown = [...new Set(terms.sort((a, b) => b[1] - a[1]).map(([surface]) => surface))].slice(0, MAX_KEYWORD_TERMS);
    return { value: best > 0 ? score / best : 0, terms: shown };
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
      const part = term.weight * idf * bm25Tf(tf, norm);
      score += part;
      terms?.push([term.surface, part]);
    });
    return score;
  }

  /**
   * The firm's highest text relevance over the corpus: only opportunities sharing a word can have
   * any. One walk over the posting lists by ordinal of its words (`addRelevance`), summed in a
   * reused array and read back at the ordinals it touched: the same sums, the same bits as `bm25`.
   * (Scoring each opportunity sharing a word with `bm25`, even pruned by MaxScore, looked every word
   * up in every text: about 2 ms a firm on 10^4 opportunities, most of an outreach page's exact part.)
   */
  private bestKeywordOf(e: MatchableEnterprise): number {
    const known = this.entryOf(e);
    if (!Number.isNaN(known.best)) return known.best;
    const postings = this.host.postings();
    if (this.sums.length !== postings.size) this.sums = new Float64Array(postings.size);
    const sums = this.sums;
    const touched: number[] = [];
    this.addRelevance(e, postings, sums, touched);
    let best = 0;
    for (const o of touched) {
      if (sums[o] > best) best = sums[o];
      sums[o] = 0;
    }
    known.best = best;
    return best;
  }

  /**
   * Adds the firm's BM25 against every opportunity sharing a word with it to `into` (by ordinal),
   * the parts of `bm25` term by term in the firm's order: each opportunity's sum in the same order,
   * the same bits. `touched` gets each ordinal the first time it is added to (when it was 0).
   */
  private addRelevance(firm: MatchableEnterprise, postings: OpportunityPostings, into: Float64Array, touched: number[] | null): void {
    const languages = termLanguagesOf(firm);
    firm.descriptionTerms.forEach((term, i) => {
      const language = languages[i];
      const { ordinals, values } = postings.text(language, term.token);
      if (!ordinals.length) return;
      const idf = this.termStatsOf(language, term.token).idf;
      const norms = postings.norm[language];
      for (let k = 0; k < ordinals.length; k++) {
        const o = ordinals[k];
        const tf = values[k];
        if (touched && into[o] === 0) touched.push(o);
        into[o] += term.weight * idf * bm25Tf(tf, norms[o]);
      }
    });
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
        maxNorm = Math.max(maxNorm, bm25Tf(tf, norm));
      }
      stats = { idf: bm25Idf(d, n), maxNorm };
      cache.set(token, stats);
    }
    return stats;
  }
}
