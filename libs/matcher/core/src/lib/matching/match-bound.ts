import {
  DECLINED_NEED,
  DIRECTION_MISMATCH,
  DONE_NEED,
  INDUSTRY_CAP,
  INDUSTRY_FURTHER_SHARE,
  INDUSTRY_MISMATCH,
  INFORM_ONLY,
  MARKET_CAP,
  MATCH_WEIGHTS,
  NEED_CAP,
  NEED_FURTHER_DIVISOR,
  NO_NEED_MET,
  PAST_EDITION,
  PEOPLE_AUDIENCE,
  PRECONDITION_UNMET,
  PRODUCT_CAP,
  SAMPLE,
  SIZE_FIT,
  CAPITAL_MARKETS,
  MINOR_NEED,
} from './match-scorer';
import { FeedbackAdjuster, MatchableEnterprise } from './match-types';
import { FirmView, OpportunityCorpus } from './opportunity-corpus';
import { OpportunityPostings } from './opportunity-postings';
import { CITY_HIT, DECLINED, DONE, firmHitsOf, INDUSTRY_HIT, MAIN_INDUSTRY, MAIN_NEED, NAMED, NEED_HIT, TOPICAL } from './firm-hits';
import { CAPITAL_MAIN, DEADLINE_SOON, EVENT, FOCUSED, HAS_MAIN_NEED, PAST, PEOPLE_ONLY, REQUIRES_ENTITY, servesMask, UPCOMING } from './opportunity-postings';

/** Relative slack for floating point (the bound adds and multiplies in another order than the rules). */
const SLACK = 1e-9;
/** A score is rounded to thousandths, up by at most half of one. */
const ROUNDING = 0.0005;
/** A penalty that may or may not apply can at most keep the score (if a factor were ever above 1, it counts). */
const atMostKeeps = (factor: number) => Math.max(1, factor);

export interface ScoreBounds {
  /** Per ordinal: at least what `matchScore` gives the pair (0 for every opportunity not a candidate). */
  readonly bound: Float64Array;
  /** The ordinals that can score above zero, of the types asked for, in the order the firm's hits first touched them (`FirmHits.touched`). */
  readonly candidates: Int32Array;
}

/**
 * An upper bound of the firm's score with every opportunity, for all of them at once from the
 * posting lists (`OpportunityPostings`, typed arrays by ordinal): forward matching scores
 * candidates best bound first and stops once no bound can reach what is shown (`matchOpportunities`).
 *
 * The bound runs the rules of `applyRules` with the same weights and constants, loosened where an
 * exact value would cost a lookup: industries and needs count their largest hit fully and the others
 * at the rules' share, as the rules do (the same value up to rounding); product terms take the
 * title bonus and IDF of each term found; text relevance is
 * exact (`FirmView.relevance`); a named event counts when the firm's text has one of its names; the
 * size bonus counts whether or not the item is about listing; dates count from the edition alone.
 * Penalties are factors: those known to apply from the firm and the item alone multiply the bound
 * (direction, no need met or industry mismatch, a need met only in passing or only an item's side need
 * (from the firm's hits: its strongest need met, the item's main industry shared), people only, declined or done, precondition,
 * inform-only, sample, past edition, size for a listing), the others are taken to keep the score
 * (`atMostKeeps`), feedback at its largest factor (`FeedbackAdjuster.maxFactor`) or, without one,
 * at the factor it gives. `match-bound.spec.ts` checks bound ≥ score for every pair.
 */
export function scoreBounds(
  e: MatchableEnterprise,
  corpus: OpportunityCorpus,
  view: FirmView,
  options: { readonly today: string; readonly types: ReadonlySet<string> | null; readonly feedback?: FeedbackAdjuster },
): ScoreBounds {
  const { postings, relevance, bestRelevance } = view;
  const n = postings.size;
  const c = e.classification;
  const { industry, industryMax, need, needMax, product, markets, hits, strongestNeed, touched, touchedCount } = firmHitsOf(e, corpus, view);
  const dates = postings.datesOn(options.today);

  // What depends on the firm alone.
  const firmServes = servesMask(c.serves);
  const fit = c.sizeBand ? SIZE_FIT[c.sizeBand] : 0;
  const sizeBonus = fit > 0 ? MATCH_WEIGHTS.sizeFit * fit : 0;
  const sizePenalty = fit > 0 || !c.sizeBand ? 1 : 1 + fit / 3;
  const mayListing = c.needs.some((x) => CAPITAL_MARKETS.has(x.code));
  const hasOrSetsUpEntity = c.doneNeeds.includes('company-registration') || c.needs.some((x) => x.code === 'company-registration');
  const feedback = options.feedback;
  const feedbackBound = feedback?.maxFactor !== undefined ? atMostKeeps(feedback.maxFactor) : null;
  // Penalties that may apply where they are not known to: the industry mismatch, a need met only in passing (a
  // share between NO_NEED_MET and 1), the size penalty of a listing need met, a declined or done main need.
  const maybe = atMostKeeps(INDUSTRY_MISMATCH) * atMostKeeps(NO_NEED_MET) * atMostKeeps(DECLINED_NEED) * atMostKeeps(DONE_NEED) * (mayListing ? atMostKeeps(sizePenalty) : 1);
  // Without a need met, one of the two applies (which one depends on the title and on names).
  const noNeedOrMismatch = Math.max(NO_NEED_MET, INDUSTRY_MISMATCH);

  const { bound, candidates } = lent.get(view) ?? allocate(n);
  lent.delete(view);
  let count = 0;
  const { profiles, flags: flagsOf, serves, industrySpecificity, needSpecificity, informsOnly, sample } = postings;
  const types = options.types;
  // Only the ordinals the firm touches can be candidates.
  for (let k = 0; k < touchedCount; k++) {
    const o = touched[k];
    const hit = hits[o];
    if (!(hit & TOPICAL)) continue;
    if (types && !types.has(profiles[o].type)) continue;
    const flags = flagsOf[o];
    let sum =
      MATCH_WEIGHTS.industry * Math.min(INDUSTRY_CAP, industryMax[o] + INDUSTRY_FURTHER_SHARE * (industry[o] - industryMax[o])) * industrySpecificity[o] +
      MATCH_WEIGHTS.need * Math.min(NEED_CAP, needMax[o] + (need[o] - needMax[o]) / NEED_FURTHER_DIVISOR) * needSpecificity[o] +
      MATCH_WEIGHTS.product * Math.min(PRODUCT_CAP, product[o] / 2) +
      MATCH_WEIGHTS.market * Math.min(MARKET_CAP, markets[o]) +
      sizeBonus;
    if (hit & NAMED) sum += MATCH_WEIGHTS.namedEvent;
    if (bestRelevance > 0) sum += MATCH_WEIGHTS.keyword * (relevance[o] / bestRelevance);
    if (hit & CITY_HIT) sum += MATCH_WEIGHTS.city;
    let factor = maybe;
    const date = dates[o];
    if (date & PAST) factor *= PAST_EDITION;
    else if (date & UPCOMING) sum += MATCH_WEIGHTS.upcoming;
    if (date & DEADLINE_SOON) sum += MATCH_WEIGHTS.deadline;

    if (serves[o] && !(serves[o] & firmServes)) factor *= DIRECTION_MISMATCH;
    const industryHit = hit & INDUSTRY_HIT;
    const needHit = hit & NEED_HIT;
    if (flags & FOCUSED && c.industries.length > 0 && !industryHit && (flags & EVENT || !needHit) && !(hit & NAMED)) factor *= INDUSTRY_MISMATCH;
    else if (!needHit && c.needs.length > 0 && !(hit & NAMED)) factor *= noNeedOrMismatch;
    else if (needHit && !(hit & NAMED)) {
      // A need met: the rules' no-need penalty for a need met only in passing or a side need of an item made for
      // another trade, known from the hits (the industry mismatch they may take instead keeps less: 0.15 < 0.6).
      const strongest = strongestNeed[o];
      if (strongest < MINOR_NEED) factor *= 1 - (1 - NO_NEED_MET) * (1 - strongest / MINOR_NEED);
      else if (flags & HAS_MAIN_NEED && !(hit & (MAIN_NEED | MAIN_INDUSTRY))) factor *= NO_NEED_MET;
    }
    if (flags & CAPITAL_MAIN) factor *= sizePenalty;
    if (flags & PEOPLE_ONLY && !industryHit) factor *= PEOPLE_AUDIENCE;
    if (!needHit && hit & DECLINED) factor *= DECLINED_NEED;
    else if (!needHit && hit & DONE) factor *= DONE_NEED;
    if (flags & REQUIRES_ENTITY && !hasOrSetsUpEntity) factor *= PRECONDITION_UNMET;
    if (informsOnly[o]) factor *= INFORM_ONLY;
    if (sample[o]) factor *= SAMPLE;
    if (feedbackBound !== null) factor *= feedbackBound;
    else if (feedback) factor *= feedback(profiles[o])?.factor ?? 1;
    bound[o] = sum * factor * (1 + SLACK) + ROUNDING;
    candidates[count++] = o;
  }
  return { bound, candidates: candidates.subarray(0, count) };
}

/** Arrays of the postings' size `scoreBounds` writes into (`bound` zeroed; `candidates` read only below the count). */
interface BoundArrays {
  readonly bound: Float64Array;
  readonly candidates: Int32Array;
}

const allocate = (n: number): BoundArrays => ({ bound: new Float64Array(n), candidates: new Int32Array(n) });
/** Arrays lent to the next `scoreBounds` of a view (`withBoundArrays`). */
const lent = new WeakMap<FirmView, BoundArrays>();
/** Arrays of finished requests, per corpus version (one `OpportunityPostings`), zeroed again and reused. */
const pools = new WeakMap<OpportunityPostings, BoundArrays[]>();
/** Arrays kept per corpus version (one a request running at once; more only while one is nested in another). */
const POOLED = 2;

/**
 * Runs `run` with pooled arrays lent to the first `scoreBounds` of `view` in it, then zeroes the
 * bounds and gives the arrays back: about 120 KB a request at 10^4 opportunities not allocated
 * again (as `withFirmHits` does for the firm's hits). Nothing may keep the bounds or candidates past `run`.
 */
export function withBoundArrays<T>(view: FirmView, run: () => T): T {
  let free = pools.get(view.postings);
  if (!free) pools.set(view.postings, (free = []));
  const arrays = free.pop() ?? allocate(view.postings.size);
  lent.set(view, arrays);
  try {
    return run();
  } finally {
    lent.delete(view);
    arrays.bound.fill(0);
    if (free.length < POOLED) free.push(arrays);
  }
}

/**
 * Moves the candidates whose bound reaches `minimum` to the front (in place, one pass) and returns
 * how many they are: the first heap holds only those, since no other is scored while a candidate
 * above the threshold can be kept (`scoreWhileShowable` never goes below its minimum).
 */
export function bestFirst(candidates: Int32Array, bound: Float64Array, minimum: number): number {
  let high = 0;
  for (let k = 0; k < candidates.length; k++) {
    const o = candidates[k];
    if (bound[o] >= minimum) {
      candidates[k] = candidates[high];
      candidates[high++] = o;
    }
  }
  return high;
}

/**
 * Candidates best bound first: a binary max-heap of ordinals over their bounds, built in linear
 * time, so that taking the few that can be shown costs a logarithm each, not a sort of all.
 */
export class DescendingBounds {
  private readonly heap: Int32Array;
  private length: number;

  /** `inPlace`: the heap is built in `candidates` itself, which is reordered (for a caller that reads it no more). */
  constructor(
    candidates: Int32Array,
    private readonly bound: Float64Array,
    inPlace = false,
  ) {
    this.heap = inPlace ? candidates : Int32Array.from(candidates);
    this.length = candidates.length;
    for (let i = (this.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  get size(): number {
    return this.length;
  }

  /** The highest bound not yet taken (-Infinity when none is left). */
  peek(): number {
    return this.length ? this.bound[this.heap[0]] : -Infinity;
  }

  /** Takes the candidate with the highest bound. */
  pop(): number {
    const top = this.heap[0];
    this.heap[0] = this.heap[--this.length];
    this.down(0);
    return top;
  }

  private down(i: number): void {
    const { heap, bound } = this;
    const n = this.length;
    const item = heap[i];
    const value = bound[item];
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && bound[heap[child + 1]] > bound[heap[child]]) child++;
      if (!(bound[heap[child]] > value)) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = item;
  }
}
