import type { Locale } from '@fhk/contracts';
import { EnterpriseIndex } from './enterprise-index';
import { DescendingBounds } from './match-bound';
import { MATCH_WEIGHTS, matchScore, scoreMatch } from './match-scorer';
import { MatchableEnterprise, MatchContext, MatchReason, OpportunityProfile } from './match-types';
import { OpportunityCorpus } from './opportunity-corpus';
import { outreachBounds } from './outreach-bound';
import { OutreachCache, RankedFirm } from './outreach-cache';
import { OutreachFilter } from './outreach-filter';
import { TopK } from './top-k';

const byScoreThenId = <T extends { score: number; id: string }>(a: T, b: T) => b.score - a.score || a.id.localeCompare(b.id);
/**
 * Scores are rounded to thousandths. A score computed with the text relevance at one end of its
 * range bounds the real one (the rules only add it, penalties are positive factors); a bound this
 * far from a decision decides it whatever the floating-point rounding of the sum in between.
 */
const MARGIN = 0.002;
const NO_TERMS: readonly string[] = [];

export interface EnterpriseMatch {
  readonly enterprise: MatchableEnterprise;
  readonly id: string;
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

export interface OutreachPageOptions {
  readonly today: string;
  readonly language: Locale;
  readonly offset: number;
  readonly limit: number;
  /**
   * Keep the ranking for the next pages and views: `key` must name everything the firms depend on
   * (the firm index's revision, the filters); the opportunity, the corpus and its revision and
   * `today` are checked by the cache itself.
   */
  readonly cache?: { readonly pages: OutreachCache; readonly key: string };
}

/**
 * Opportunity → enterprises, for outreach: every firm above the threshold, best first, with
 * reasons. The plain way: every firm scored exactly, all of them sorted (`topEnterprises` gives
 * its pages faster and the same).
 */
export function rankEnterprises(
  opportunity: OpportunityProfile,
  enterprises: Iterable<MatchableEnterprise>,
  corpus: OpportunityCorpus,
  options: { today: string; language: Locale },
): EnterpriseMatch[] {
  const ctx = { today: options.today, language: options.language, idf: corpus.idf, keywords: corpus.keywords };
  const kept: Array<Omit<EnterpriseMatch, 'reasons'>> = [];
  for (const enterprise of enterprises) {
    const { score } = matchScore(enterprise, opportunity, ctx);
    if (score >= MATCH_WEIGHTS.threshold) kept.push({ enterprise, id: enterprise.id ?? '', score });
  }
  return kept.sort(byScoreThenId).map((m) => ({ ...m, reasons: scoreMatch(m.enterprise, opportunity, ctx).reasons }));
}

/**
 * One page of `rankEnterprises` (`offset`, `limit`) and the total above the threshold, the same
 * firms, scores and order, without the costly part for most firms: a firm's text relevance is its
 * BM25 scaled by its best over the corpus, and finding the best walks every opportunity sharing a
 * word with it. Each firm is scored with the relevance at both ends of its range
 * (`corpus.keywordRange`): at the top below the threshold, it is out; at the bottom above, it
 * counts. Only the others, and the firms that can still reach the page (visited by descending upper
 * bound until the heap's worst beats the next bound), are scored exactly. A bounded heap keeps
 * `offset + limit` results; reasons are written for the page only. With `cache`, the ranking is
 * kept for later pages and views of the same firms, opportunity, corpus revision and day.
 * (`outreachPage` gives the same from the firm index, without a list of firms.)
 */
export function topEnterprises(
  opportunity: OpportunityProfile,
  enterprises: Iterable<MatchableEnterprise>,
  corpus: OpportunityCorpus,
  options: OutreachPageOptions,
): { total: number; items: EnterpriseMatch[] } {
  return pageOf(opportunity, corpus, options, (ctx, depth) => rank(opportunity, enterprises, corpus, ctx, depth));
}

/**
 * `topEnterprises` over the firms of `index` that `filter` keeps (`keepsFirm`), the same page and
 * total, from the index alone: one walk over its posting lists finds the candidates the filter
 * keeps and bounds their scores columnwise (`outreachBounds`), and only the firms the bounds leave
 * undecided or that can still reach the page are scored exactly. What a request costs follows the
 * lists walked and the page, never the firm count (no list of firms is built).
 */
export function outreachPage(
  opportunity: OpportunityProfile,
  index: EnterpriseIndex,
  filter: OutreachFilter,
  corpus: OpportunityCorpus,
  options: OutreachPageOptions,
): { total: number; items: EnterpriseMatch[] } {
  return pageOf(opportunity, corpus, options, (ctx, depth) => rankIndexed(opportunity, index, filter, corpus, ctx, depth));
}

/** The page of a ranking (from the cache, or ranked `depth` deep and cached), with reasons for the page's firms only. */
function pageOf(
  opportunity: OpportunityProfile,
  corpus: OpportunityCorpus,
  options: OutreachPageOptions,
  ranked: (ctx: MatchContext, depth: number) => { ranked: readonly RankedFirm[]; total: number },
): { total: number; items: EnterpriseMatch[] } {
  const ctx = { today: options.today, language: options.language, idf: corpus.idf, keywords: corpus.keywords };
  const depth = options.offset + options.limit;
  const cached = options.cache?.pages.get(options.cache.key, opportunity, corpus, options.today, depth);
  const ranking = cached ?? ranked(ctx, depth);
  if (!cached) options.cache?.pages.set(options.cache.key, opportunity, corpus, options.today, depth, ranking);
  // Reasons for the page only (the same rules as the score).
  const items = ranking.ranked
    .slice(options.offset, depth)
    .map((m) => ({ ...m, reasons: scoreMatch(m.enterprise, opportunity, ctx).reasons }));
  return { total: ranking.total, items };
}

/** A firm's score at both ends of its text relevance's range; `exact` when the range is one value (then `low` is the score). */
export interface ScoreBounds {
  readonly low: number;
  readonly high: number;
  readonly exact: boolean;
}

/**
 * Bounds on `matchScore(e, o, ctx).score` without the firm's best text relevance: the same rules
 * run with the relevance at the top and at the bottom of `corpus.keywordRange(e, o)` (`keywordRangesFor(o)`) (the rules add
 * it, with its weight, before the penalties take their shares, so the score grows with it). The
 * bottom is only scored when the top does not already decide: the penalties are factors of at most
 * 1, so the score at the bottom is at least the top's less the relevance's weight times the range.
 * `threshold` is the score that decision is about.
 */
export function scoreBoundsFor(o: OpportunityProfile, corpus: OpportunityCorpus, ctx: MatchContext, threshold = MATCH_WEIGHTS.threshold): (e: MatchableEnterprise) => ScoreBounds {
  let fixed = 0;
  const bounding: MatchContext = { ...ctx, keywords: () => ({ value: fixed, terms: NO_TERMS }) };
  const scoreWith = (e: MatchableEnterprise, value: number) => {
    fixed = value;
    return matchScore(e, o, bounding).score;
  };
  const ranges = corpus.keywordRangesFor(o);
  return (e) => {
    const range = ranges.of(e);
    const high = scoreWith(e, range.high);
    if (range.low === range.high) return { low: high, high, exact: true };
    if (high < threshold - MARGIN) return { low: 0, high, exact: false };
    const atLeast = high - MATCH_WEIGHTS.keyword * (range.high - range.low) - MARGIN;
    return { low: atLeast >= threshold + MARGIN ? atLeast : scoreWith(e, range.low), high, exact: false };
  };
}

/** The `depth` best firms (exact scores, rank order) and how many score above the threshold. */
function rank(
  o: OpportunityProfile,
  enterprises: Iterable<MatchableEnterprise>,
  corpus: OpportunityCorpus,
  ctx: MatchContext,
  depth: number,
): { ranked: RankedFirm[]; total: number } {
  const threshold = MATCH_WEIGHTS.threshold;
  const boundsOf = scoreBoundsFor(o, corpus, ctx, threshold);
  const top = new TopK<RankedFirm>(depth, byScoreThenId);
  let total = 0;
  // Counted from their bounds, not yet scored exactly: candidates for the page.
  const counted: Array<{ enterprise: MatchableEnterprise; high: number }> = [];
  for (const enterprise of enterprises) {
    const bounds = boundsOf(enterprise);
    if (bounds.exact) {
      // The relevance is known exactly: so is the score (the same value, the same arithmetic).
      if (bounds.high >= threshold) {
        total++;
        top.push({ enterprise, id: enterprise.id ?? '', score: bounds.high });
      }
      continue;
    }
    if (bounds.high < threshold - MARGIN) continue;
    if (bounds.low >= threshold + MARGIN) {
      total++;
      counted.push({ enterprise, high: bounds.high });
      continue;
    }
    const { score } = matchScore(enterprise, o, ctx);
    if (score >= threshold) {
      total++;
      top.push({ enterprise, id: enterprise.id ?? '', score });
    }
  }
  if (depth > 0) {
    counted.sort((a, b) => b.high - a.high);
    for (const { enterprise, high } of counted) {
      const worst = top.worst;
      // Nothing left can rank before the worst kept firm: the page is complete.
      if (worst && worst.score > high + MARGIN) break;
      top.push({ enterprise, id: enterprise.id ?? '', score: matchScore(enterprise, o, ctx).score });
    }
  }
  return { ranked: top.sorted(), total };
}

/**
 * `rank` from the index's bounds (`outreachBounds`): the same decisions on cheaper bounds. Firms
 * the bounds leave open or near the threshold are scored exactly; those surely above are counted
 * and scored for the page by descending upper bound until the heap's worst beats the next bound.
 */
function rankIndexed(
  o: OpportunityProfile,
  index: EnterpriseIndex,
  filter: OutreachFilter,
  corpus: OpportunityCorpus,
  ctx: MatchContext,
  depth: number,
): { ranked: RankedFirm[]; total: number } {
  const { slots, low, high, open } = outreachBounds(o, index, corpus, ctx.today, filter);
  const threshold = MATCH_WEIGHTS.threshold;
  const top = new TopK<RankedFirm>(depth, byScoreThenId);
  const scored = (k: number): RankedFirm => {
    const enterprise = index.firmAt(slots[k])!;
    return { enterprise, id: enterprise.id ?? '', score: matchScore(enterprise, o, ctx).score };
  };
  let total = 0;
  // Counted from their bounds, not yet scored exactly: candidates for the page.
  const counted = new Int32Array(slots.length);
  let count = 0;
  for (let k = 0; k < slots.length; k++) {
    if (!open[k]) {
      if (high[k] < threshold - MARGIN) continue;
      if (low[k] >= threshold + MARGIN) {
        total++;
        counted[count++] = k;
        continue;
      }
    }
    const firm = scored(k);
    if (firm.score >= threshold) {
      total++;
      top.push(firm);
    }
  }
  if (depth > 0) {
    const next = new DescendingBounds(counted.subarray(0, count), high);
    while (next.size) {
      const worst = top.worst;
      // Nothing left can rank before the worst kept firm: the page is complete.
      if (worst && worst.score > next.peek() + MARGIN) break;
      top.push(scored(next.pop()));
    }
  }
  return { ranked: top.sorted(), total };
}
