import {
  DECLINED_NEED,
  deadlineHorizon,
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
  UNIVERSAL_MARKETS,
  CAPITAL_MARKETS,
} from './match-scorer';
import { FeedbackAdjuster, MatchableEnterprise } from './match-types';
import { FirmView, OpportunityCorpus } from './opportunity-corpus';
import { CAPITAL_MAIN, EVENT, FOCUSED, PEOPLE_ONLY, REQUIRES_ENTITY, servesMask } from './opportunity-postings';

/** Bits of what a firm and an opportunity share, per ordinal. */
const INDUSTRY_HIT = 1;
const NEED_HIT = 2;
const CITY_HIT = 4;
const NAMED = 8;
const DECLINED = 16;
const DONE = 32;
/** Some topical reason may score (without one the score is 0). */
const TOPICAL = 64;

/** Relative slack for floating point (the bound adds and multiplies in another order than the rules). */
const SLACK = 1e-9;
/** A score is rounded to thousandths, up by at most half of one. */
const ROUNDING = 0.0005;
/** A penalty that may or may not apply can at most keep the score (if a factor were ever above 1, it counts). */
const atMostKeeps = (factor: number) => Math.max(1, factor);

export interface ScoreBounds {
  /** Per ordinal: at least what `matchScore` gives the pair (0 for every opportunity not a candidate). */
  readonly bound: Float64Array;
  /** The ordinals that can score above zero, ascending (`profiles` order), of the types asked for. */
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
 * (direction, no need met or industry mismatch, people only, declined or done, precondition,
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
  // Sum and largest of the hits (the rules count the largest fully, each further one at a share).
  const industry = new Float64Array(n);
  const industryMax = new Float64Array(n);
  const need = new Float64Array(n);
  const needMax = new Float64Array(n);
  const product = new Float64Array(n);
  const markets = new Float64Array(n);
  const hits = new Uint8Array(n);

  // The firm's weight × the item's, summed and the largest kept, for every item with the concept.
  const accumulate = (key: string, weight: number, sum: Float64Array, max: Float64Array, flags: number) => {
    const { ordinals, values } = postings.concept(key);
    for (let k = 0; k < ordinals.length; k++) {
      const value = weight * values[k];
      sum[ordinals[k]] += value;
      if (value > max[ordinals[k]]) max[ordinals[k]] = value;
      hits[ordinals[k]] |= flags;
    }
  };
  for (const i of c.industries) accumulate(`i:${i.code}`, i.weight, industry, industryMax, INDUSTRY_HIT | TOPICAL);
  for (const x of c.needs) accumulate(`n:${x.code}`, x.weight, need, needMax, NEED_HIT | TOPICAL);
  for (const m of c.markets) {
    if (UNIVERSAL_MARKETS.has(m.code)) continue;
    const { ordinals } = postings.concept(`m:${m.code}`);
    for (let k = 0; k < ordinals.length; k++) {
      markets[ordinals[k]] += 1;
      hits[ordinals[k]] |= TOPICAL;
    }
  }
  if (c.city) {
    const { ordinals } = postings.concept(`p:${c.city.prefecture}`);
    for (let k = 0; k < ordinals.length; k++) hits[ordinals[k]] |= CITY_HIT | TOPICAL;
  }
  for (const [codes, bit] of [[c.declinedNeeds, DECLINED], [c.doneNeeds, DONE]] as const) {
    for (const code of codes) {
      const { ordinals } = postings.concept(`n:${code}`);
      for (let k = 0; k < ordinals.length; k++) hits[ordinals[k]] |= bit;
    }
  }
  for (const x of e.productTerms) {
    const idf = corpus.idf(x.token);
    if (!(idf > 0)) continue;
    const { ordinals, values } = postings.token(x.token);
    for (let k = 0; k < ordinals.length; k++) {
      product[ordinals[k]] += x.weight * idf * values[k];
      hits[ordinals[k]] |= TOPICAL;
    }
  }
  for (let o = 0; o < n; o++) if (relevance[o] > 0) hits[o] |= TOPICAL;
  for (const p of view.named) {
    const o = postings.ordinalOf(p);
    if (o >= 0) hits[o] |= NAMED | TOPICAL;
  }

  // What depends on the firm alone.
  const firmServes = servesMask(c.serves);
  const fit = c.sizeBand ? SIZE_FIT[c.sizeBand] : 0;
  const sizeBonus = fit > 0 ? MATCH_WEIGHTS.sizeFit * fit : 0;
  const sizePenalty = fit > 0 || !c.sizeBand ? 1 : 1 + fit / 3;
  const mayListing = c.needs.some((x) => CAPITAL_MARKETS.has(x.code));
  const hasOrSetsUpEntity = c.doneNeeds.includes('company-registration') || c.needs.some((x) => x.code === 'company-registration');
  const horizon = deadlineHorizon(options.today);
  const feedback = options.feedback;
  const feedbackBound = feedback?.maxFactor !== undefined ? atMostKeeps(feedback.maxFactor) : null;
  // Penalties that may apply where they are not known to: the industry mismatch, a need met only in passing (a
  // share between NO_NEED_MET and 1), the size penalty of a listing need met, a declined or done main need.
  const maybe = atMostKeeps(INDUSTRY_MISMATCH) * atMostKeeps(NO_NEED_MET) * atMostKeeps(DECLINED_NEED) * atMostKeeps(DONE_NEED) * (mayListing ? atMostKeeps(sizePenalty) : 1);
  // Without a need met, one of the two applies (which one depends on the title and on names).
  const noNeedOrMismatch = Math.max(NO_NEED_MET, INDUSTRY_MISMATCH);

  const bound = new Float64Array(n);
  const candidates: number[] = [];
  const { profiles } = postings;
  const types = options.types;
  for (let o = 0; o < n; o++) {
    const hit = hits[o];
    if (!(hit & TOPICAL)) continue;
    if (types && !types.has(profiles[o].type)) continue;
    const flags = postings.flags[o];
    let sum =
      MATCH_WEIGHTS.industry * Math.min(INDUSTRY_CAP, industryMax[o] + INDUSTRY_FURTHER_SHARE * (industry[o] - industryMax[o])) * postings.industrySpecificity[o] +
      MATCH_WEIGHTS.need * Math.min(NEED_CAP, needMax[o] + (need[o] - needMax[o]) / NEED_FURTHER_DIVISOR) * postings.needSpecificity[o] +
      MATCH_WEIGHTS.product * Math.min(PRODUCT_CAP, product[o] / 2) +
      MATCH_WEIGHTS.market * Math.min(MARKET_CAP, markets[o]) +
      sizeBonus;
    if (hit & NAMED) sum += MATCH_WEIGHTS.namedEvent;
    if (bestRelevance > 0) sum += MATCH_WEIGHTS.keyword * (relevance[o] / bestRelevance);
    if (hit & CITY_HIT) sum += MATCH_WEIGHTS.city;
    let factor = maybe;
    const end = postings.editionEnd[o];
    if (end && end < options.today) factor *= PAST_EDITION;
    else if (postings.hasStart[o]) sum += MATCH_WEIGHTS.upcoming;
    const deadline = postings.deadline[o];
    if (deadline && deadline >= options.today && deadline <= horizon) sum += MATCH_WEIGHTS.deadline;

    if (postings.serves[o] && !(postings.serves[o] & firmServes)) factor *= DIRECTION_MISMATCH;
    const industryHit = hit & INDUSTRY_HIT;
    const needHit = hit & NEED_HIT;
    if (flags & FOCUSED && c.industries.length > 0 && !industryHit && (flags & EVENT || !needHit) && !(hit & NAMED)) factor *= INDUSTRY_MISMATCH;
    else if (!needHit && c.needs.length > 0) factor *= noNeedOrMismatch;
    if (flags & CAPITAL_MAIN) factor *= sizePenalty;
    if (flags & PEOPLE_ONLY && !industryHit) factor *= PEOPLE_AUDIENCE;
    if (!needHit && hit & DECLINED) factor *= DECLINED_NEED;
    else if (!needHit && hit & DONE) factor *= DONE_NEED;
    if (flags & REQUIRES_ENTITY && !hasOrSetsUpEntity) factor *= PRECONDITION_UNMET;
    if (postings.informsOnly[o]) factor *= INFORM_ONLY;
    if (postings.sample[o]) factor *= SAMPLE;
    if (feedbackBound !== null) factor *= feedbackBound;
    else if (feedback) factor *= feedback(profiles[o])?.factor ?? 1;
    bound[o] = sum * factor * (1 + SLACK) + ROUNDING;
    candidates.push(o);
  }
  return { bound, candidates: Int32Array.from(candidates) };
}

/**
 * Candidates best bound first: a binary max-heap of ordinals over their bounds, built in linear
 * time, so that taking the few that can be shown costs a logarithm each, not a sort of all.
 */
export class DescendingBounds {
  private readonly heap: Int32Array;
  private length: number;

  constructor(
    candidates: Int32Array,
    private readonly bound: Float64Array,
  ) {
    this.heap = Int32Array.from(candidates);
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
