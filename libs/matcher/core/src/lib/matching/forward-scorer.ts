import { CAPITAL_NEED, CITY_HIT, DECLINED, DONE, firmHitsOf, MAIN_INDUSTRY, MAIN_NEED, NAMED, SLOTS } from './firm-hits';
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
  matchScore,
  MINOR_NEED,
  NEED_CAP,
  NEED_FURTHER_DIVISOR,
  NO_NEED_MET,
  PAST_EDITION,
  PEOPLE_AUDIENCE,
  PRECONDITION_UNMET,
  PRODUCT_CAP,
  SAMPLE,
  SIZE_FIT,
  TITLE_BONUS,
} from './match-scorer';
import { MatchScore, reasonMask } from './match-tally';
import { MatchableEnterprise, MatchContext } from './match-types';
import { namedByFirm } from './named-event';
import { FirmView, OpportunityCorpus } from './opportunity-corpus';
import { CAPITAL_MAIN, DEADLINE_SOON, EVENT, FOCUSED, HAS_MAIN_NEED, PAST, PEOPLE_ONLY, REQUIRES_ENTITY, SERVES_LISTED, servesMask, TITLE_EXCLUSIVE, UPCOMING } from './opportunity-postings';

/** Scores the firm against the opportunity of an ordinal of `view.postings` (what forward matching ranks by). */
export type OrdinalScorer = (ordinal: number) => MatchScore;
/** Makes the scorer of one firm and request (`ctx` as forward matching builds it from the view). */
export type ScorerFactory = (e: MatchableEnterprise, corpus: OpportunityCorpus, view: FirmView, ctx: MatchContext) => OrdinalScorer;

/** The plain path: `matchScore` on the profile (the oracle of the specs). */
export const plainScorer: ScorerFactory = (e, _corpus, view, ctx) => (ordinal) => matchScore(e, view.postings.profiles[ordinal], ctx);

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const BIT = {
  direction: reasonMask(['direction']),
  mismatch: reasonMask(['industry-mismatch']),
  noNeed: reasonMask(['no-need-met']),
  size: reasonMask(['size-mismatch']),
  people: reasonMask(['people-audience']),
  declined: reasonMask(['declined-need']),
  done: reasonMask(['done-need']),
  precondition: reasonMask(['precondition-unmet']),
  inform: reasonMask(['inform-only']),
  sample: reasonMask(['sample']),
  past: reasonMask(['past-edition']),
  feedback: reasonMask(['feedback']),
};
const NONE: MatchScore = { score: 0, need: null, negative: 0 };

/** Inserts `v` into `xs[0..n)` kept descending; returns the new length. */
function insertDescending(xs: Float64Array, n: number, v: number): number {
  let k = n;
  while (k > 0 && xs[k - 1] < v) {
    xs[k] = xs[k - 1];
    k--;
  }
  xs[k] = v;
  return n + 1;
}

/** The `count` hit values of ordinal `o` in `slots` (SLOTS per ordinal), into `out` sorted descending; returns `count`. */
function sortedSlots(slots: Float64Array, o: number, count: number, out: Float64Array): number {
  let n = 0;
  for (let k = 0; k < count; k++) n = insertDescending(out, n, slots[o * SLOTS + k]);
  return n;
}

/**
 * `matchScore` for one firm over ordinals, the same rules with the same arithmetic in the same
 * order (so the same bits), reading what the firm shares with each opportunity from `firmHitsOf`
 * and the opportunity's constants from the postings' typed arrays: no closures, no sorting of
 * objects, no strings per candidate. Industries and needs are read from the profile's maps (the
 * rules sort their values; a few per firm), named events tested as the rules test them.
 * `forward-scorer.spec.ts` compares it with `matchScore` on every pair of generated data.
 * `weights` are MATCH_WEIGHTS (another table only for the spec's broken variant).
 */
export function forwardScorerWith(weights: Readonly<Record<keyof typeof MATCH_WEIGHTS, number>>): ScorerFactory {
  return (e, corpus, view, ctx) => {
    const { postings, relevance, bestRelevance } = view;
    const { hits, product, markets, industryCount: industryCounts, industryValues: industrySlots, needCount: needCounts, needValues: needSlots, firstNeed, strongestNeed } = firmHitsOf(e, corpus, view);
    const dates = postings.datesOn(ctx.today);
    const { profiles, flags, informsOnly, sample, serves: servesOf } = postings;
    const c = e.classification;
    const { industries, needs, serves } = c;
    const firmIndustries = new Set<string>(industries.map((i) => i.code));
    const declinedNeeds = new Set<string>(c.declinedNeeds);
    const doneNeeds = new Set<string>(c.doneNeeds);
    const fit = c.sizeBand ? SIZE_FIT[c.sizeBand] : 0;
    const hasOrSetsUpEntity = c.doneNeeds.includes('company-registration') || needs.some((n) => n.code === 'company-registration');
    const feedback = ctx.feedback;
    const industryValues = new Float64Array(industries.length);
    const needValues = new Float64Array(needs.length);
    const factors = new Float64Array(12);
    const bits = new Int32Array(12);
    let penalties = 0;
    const penalize = (factor: number, bit: number) => {
      factors[penalties] = factor;
      bits[penalties++] = bit;
    };
    const firmServes = servesMask(serves);
    // The rules' own reading of the profile, for a firm with more than SLOTS industries or needs met.
    const industriesOfProfile = (o: number) => {
      const p = profiles[o];
      let count = 0;
      for (const i of industries) {
        const w = p.industries.get(i.code);
        if (w !== undefined) count = insertDescending(industryValues, count, i.weight * w * (p.titleIndustries.has(i.code) ? TITLE_BONUS : 1));
      }
      return count;
    };
    const needsOfProfile = (o: number) => {
      const p = profiles[o];
      let count = 0;
      for (const n of needs) {
        const w = p.needs.get(n.code);
        if (w !== undefined) count = insertDescending(needValues, count, n.weight * w);
      }
      return count;
    };

    return (o) => {
      const hit = hits[o];
      const flag = flags[o];
      let running = 0;
      let topical = false;

      // The hits in the firm's order, sorted descending as the rules sort them (from the profile past SLOTS hits).
      const industryCount = industryCounts[o] <= SLOTS ? sortedSlots(industrySlots, o, industryCounts[o], industryValues) : industriesOfProfile(o);
      if (industryCount) {
        let rest = 0;
        for (let k = 1; k < industryCount; k++) rest += industryValues[k];
        const x = weights.industry * Math.min(INDUSTRY_CAP, industryValues[0] + INDUSTRY_FURTHER_SHARE * rest) * postings.industrySpecificity[o];
        running += x;
        if (x > 0) topical = true;
      }

      const needCount = needCounts[o] <= SLOTS ? sortedSlots(needSlots, o, needCounts[o], needValues) : needsOfProfile(o);
      const need = needCount ? needs[firstNeed[o]].code : null;
      const strongest = strongestNeed[o];
      const mainNeed = postings.mainNeed[o];
      const capitalNeed = (hit & CAPITAL_NEED) !== 0;
      if (needCount) {
        let rest = 0;
        for (let k = 1; k < needCount; k++) rest += needValues[k] / NEED_FURTHER_DIVISOR;
        const x = weights.need * Math.min(NEED_CAP, needValues[0] + rest) * postings.needSpecificity[o];
        running += x;
        if (x > 0) topical = true;
      }

      const named = (hit & NAMED) !== 0 && namedByFirm(e, profiles[o]);
      if (named) {
        running += weights.namedEvent;
        if (weights.namedEvent > 0) topical = true;
      }
      if (product[o] > 0) {
        const x = weights.product * Math.min(PRODUCT_CAP, product[o] / 2);
        running += x;
        if (x > 0) topical = true;
      }
      const keyword = bestRelevance > 0 ? relevance[o] / bestRelevance : 0;
      if (keyword > 0) {
        const x = weights.keyword * keyword;
        running += x;
        if (x > 0) topical = true;
      }
      if (markets[o] > 0) {
        const x = weights.market * Math.min(MARKET_CAP, markets[o]);
        running += x;
        if (x > 0) topical = true;
      }
      if (hit & CITY_HIT) {
        running += weights.city;
        if (weights.city > 0) topical = true;
      }
      if (!topical) return NONE;

      penalties = 0;
      if (flag & SERVES_LISTED && !(servesOf[o] & firmServes)) penalize(DIRECTION_MISMATCH, BIT.direction);
      const titleMiss = (flag & TITLE_EXCLUSIVE) !== 0 && industries.length > 0 && !firmIndustries.has(postings.titleIndustry[o]!);
      if (flag & FOCUSED && industries.length > 0 && (!industryCount || titleMiss) && (flag & EVENT || !needCount) && !named) penalize(INDUSTRY_MISMATCH, BIT.mismatch);
      else if (named) {
        // A named item is asked for: no no-need penalty (match-scorer.ts).
      } else if (!needCount && needs.length > 0) penalize(NO_NEED_MET, BIT.noNeed);
      else if (needCount && strongest < MINOR_NEED) penalize(1 - (1 - NO_NEED_MET) * (1 - strongest / MINOR_NEED), BIT.noNeed);
      else if (needCount && flag & HAS_MAIN_NEED && !(hit & MAIN_NEED) && !(industryCount && hit & MAIN_INDUSTRY)) penalize(NO_NEED_MET, BIT.noNeed);
      const listing = (flag & CAPITAL_MAIN) !== 0 || capitalNeed;
      if (listing && c.sizeBand) {
        if (fit > 0) running += weights.sizeFit * fit;
        else penalize(1 + fit / 3, BIT.size);
      }
      if (flag & PEOPLE_ONLY && !industryCount) penalize(PEOPLE_AUDIENCE, BIT.people);
      if (hit & DECLINED && (!needCount || (mainNeed && declinedNeeds.has(mainNeed)))) penalize(DECLINED_NEED, BIT.declined);
      else if (hit & DONE && (!needCount || (mainNeed && doneNeeds.has(mainNeed)))) penalize(DONE_NEED, BIT.done);
      if (flag & REQUIRES_ENTITY && !hasOrSetsUpEntity) penalize(PRECONDITION_UNMET, BIT.precondition);
      if (informsOnly[o]) penalize(INFORM_ONLY, BIT.inform);
      if (sample[o]) penalize(SAMPLE, BIT.sample);
      const date = dates[o];
      if (date & PAST) penalize(PAST_EDITION, BIT.past);
      else if (date & UPCOMING) running += weights.upcoming;
      if (date & DEADLINE_SOON) running += weights.deadline;
      const fb = feedback?.(profiles[o]);
      if (fb && fb.factor !== 1) penalize(fb.factor, BIT.feedback);

      let negative = 0;
      for (let k = 0; k < penalties; k++) {
        const contribution = running * (factors[k] - 1);
        if (round3(contribution) < 0) negative |= bits[k];
        running += contribution;
      }
      return { score: round3(running), need, negative };
    };
  };
}

/** The scorer forward matching uses. */
export const forwardScorer: ScorerFactory = forwardScorerWith(MATCH_WEIGHTS);
