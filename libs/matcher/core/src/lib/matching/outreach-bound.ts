import { EnterpriseIndex } from './enterprise-index';
import { HAS_ENTITY, HAS_INDUSTRIES, HAS_NEEDS, SIZE_BANDS } from './firm-postings';
import {
  CAPITAL_MARKETS,
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
  specificity,
  TITLE_BONUS,
  UMBRELLA_INDUSTRIES,
  UNIVERSAL_MARKETS,
} from './match-scorer';
import { OpportunityProfile } from './match-types';
import { OpportunityCorpus } from './opportunity-corpus';
import { scoringFeaturesOf } from './opportunity-features';

/**
 * Relative slack of the bounds: the firm's values are Float32 (`FirmPostings`, a relative error of
 * 6e-8 each) and the sums run in another order than the rules'; this is far above both.
 */
const SLACK = 1e-6;

// What a candidate shares with the opportunity (`OutreachBounds` works them out per candidate).
const INDUSTRY_HIT = 1;
const NEED_HIT = 2;
const CAPITAL_NEED = 4;
const TITLE_INDUSTRY = 8;
const CITY_HIT = 16;
const SERVES_HIT = 32;
const DECLINED = 64;
const DECLINED_MAIN = 128;
const DONE = 256;
const DONE_MAIN = 512;
const MAY_NAME = 1024;

/** What `weights` may be (MATCH_WEIGHTS; another table only for the spec's broken variant). */
export type MatchWeights = Readonly<Record<keyof typeof MATCH_WEIGHTS, number>>;

/** Bounds of the candidates' scores with one opportunity, by position in `slots`. */
export interface OutreachBounds {
  readonly slots: Int32Array;
  /** At most and at least what `matchScore` gives (before its rounding to thousandths). */
  readonly low: Float64Array;
  readonly high: Float64Array;
  /** The bounds say nothing (a firm whose text may name the event): score it exactly. */
  readonly open: Uint8Array;
}

const positionsOf = new WeakMap<EnterpriseIndex, Int32Array>();

/**
 * Bounds of `matchScore(firm, o, ctx)` for the candidates in `slots` of `index` (outreach's
 * context: no feedback), columnwise from the firms' posting lists (`FirmPostings`), without running
 * the rules: each of `o`'s industries, needs, markets, prefectures, served parties, need codes,
 * product words and text words walks the firms having it, summing what the rules sum; then per
 * candidate the rules of `applyRules` with the same weights and constants on those sums (the
 * largest industry and need in full, the others at the rules' share; the penalties decided from
 * the same facts). The only unknown is the text relevance when the firm's best over the corpus is
 * not known yet (`KeywordRanges.fromScore`): `low` takes the bottom of its range, `high` the top.
 * A firm whose text has one of the event's names is left open (`namedByFirm` is a whole-word test).
 * Both bounds carry a relative slack (`SLACK`); `outreach-bound.spec.ts` checks low ≤ score ≤ high
 * for every pair, and fails when one weight is off. Null when a slot is given twice.
 */
export function outreachBounds(o: OpportunityProfile, index: EnterpriseIndex, corpus: OpportunityCorpus, today: string, slots: Int32Array, weights: MatchWeights = MATCH_WEIGHTS): OutreachBounds | null {
  const n = slots.length;
  let positions = positionsOf.get(index);
  if (!positions || positions.length < index.slots) {
    positions = new Int32Array(index.slots + 1024);
    positionsOf.set(index, positions);
  }
  const pos = positions;
  // Position + 1 of each candidate's slot (0: not a candidate), cleared before returning.
  for (let k = 0; k < n; k++) {
    if (pos[slots[k]] !== 0) {
      // A firm given twice: what would it be counted as? The caller ranks without bounds.
      for (let j = 0; j < k; j++) pos[slots[j]] = 0;
      return null;
    }
    pos[slots[k]] = k + 1;
  }
  const postings = index.postings;
  const f = scoringFeaturesOf(o);

  const industrySum = new Float64Array(n);
  const industryMax = new Float64Array(n);
  const needSum = new Float64Array(n);
  const needMax = new Float64Array(n);
  const strongest = new Float64Array(n);
  const product = new Float64Array(n);
  const bm25 = new Float64Array(n);
  const markets = new Uint16Array(n);
  const marks = new Uint16Array(n);
  const mark = (key: string, bits: number) => {
    const { slots: s, length } = postings.list(key);
    for (let i = 0; i < length; i++) {
      const k = pos[s[i]] - 1;
      if (k >= 0) marks[k] |= bits;
    }
  };

  const titleIndustry = f.titleIndustry;
  const titleExclusive = o.type === 'event' && !!titleIndustry && o.industries.get(titleIndustry) === 1 && !UMBRELLA_INDUSTRIES.has(titleIndustry);
  for (const [code, w] of o.industries) {
    const bonus = o.titleIndustries.has(code) ? TITLE_BONUS : 1;
    const bits = INDUSTRY_HIT | (code === titleIndustry ? TITLE_INDUSTRY : 0);
    const { slots: s, values, length } = postings.list(`i:${code}`);
    for (let i = 0; i < length; i++) {
      const k = pos[s[i]] - 1;
      if (k < 0) continue;
      const value = values[i] * w * bonus;
      industrySum[k] += value;
      if (!(marks[k] & INDUSTRY_HIT) || value > industryMax[k]) industryMax[k] = value;
      marks[k] |= bits;
    }
  }
  for (const [code, w] of o.needs) {
    const bits = NEED_HIT | (CAPITAL_MARKETS.has(code) ? CAPITAL_NEED : 0);
    const { slots: s, values, length } = postings.list(`n:${code}`);
    for (let i = 0; i < length; i++) {
      const k = pos[s[i]] - 1;
      if (k < 0) continue;
      const value = values[i] * w;
      needSum[k] += value;
      const first = !(marks[k] & NEED_HIT);
      if (first || value > needMax[k]) needMax[k] = value;
      if (first || values[i] > strongest[k]) strongest[k] = values[i];
      marks[k] |= bits;
    }
  }
  for (const code of o.markets) {
    if (UNIVERSAL_MARKETS.has(code)) continue;
    const { slots: s, length } = postings.list(`m:${code}`);
    for (let i = 0; i < length; i++) {
      const k = pos[s[i]] - 1;
      if (k >= 0) markets[k]++;
    }
  }
  for (const prefecture of f.prefectures) mark(`p:${prefecture}`, CITY_HIT);
  for (const code of o.serves) mark(`s:${code}`, SERVES_HIT);
  for (const code of f.needCodes) {
    const main = code === f.mainNeed;
    mark(`d:${code}`, DECLINED | (main ? DECLINED_MAIN : 0));
    mark(`x:${code}`, DONE | (main ? DONE_MAIN : 0));
  }
  for (const token of o.tokens) {
    const idf = corpus.idf(token);
    if (!(idf > 0)) continue;
    const bonus = o.titleTokens.has(token) ? TITLE_BONUS : 1;
    const { slots: s, values, length } = postings.list(`w:${token}`);
    for (let i = 0; i < length; i++) {
      const k = pos[s[i]] - 1;
      if (k >= 0) product[k] += values[i] * idf * bonus;
    }
  }
  const ranges = corpus.keywordRangesFor(o);
  for (const [token, part] of ranges.parts) {
    const { slots: s, values, length } = postings.list(`t:${token}`);
    for (let i = 0; i < length; i++) {
      const k = pos[s[i]] - 1;
      if (k >= 0) bm25[k] += values[i] * part;
    }
  }
  for (const slot of index.namingSlots(o)) {
    const k = pos[slot] - 1;
    if (k >= 0) marks[k] |= MAY_NAME;
  }
  for (let k = 0; k < n; k++) pos[slots[k]] = 0;

  // What the opportunity alone gives every firm.
  const industrySpecificity = specificity(o.industries.size);
  const needSpecificity = specificity(o.needs.size);
  const listingItem = CAPITAL_MARKETS.has(o.mainNeed ?? '');
  const requiresEntity = o.requires.includes('hong-kong-entity');
  let bonuses = 0;
  let factors = 1;
  if (o.informsOnly) factors *= INFORM_ONLY;
  if (o.sample) factors *= SAMPLE;
  const edition = o.edition;
  if (edition) {
    const end = edition.endDate ?? edition.startDate;
    if (end && end < today) factors *= PAST_EDITION;
    else if (edition.startDate) bonuses += weights.upcoming;
    if (edition.deadline && edition.deadline >= today && edition.deadline <= deadlineHorizon(today)) bonuses += weights.deadline;
  }

  const low = new Float64Array(n);
  const high = new Float64Array(n);
  const open = new Uint8Array(n);
  const { flags: flagsOf, sizeBand: bandOf } = postings;
  // The topical reasons' points, and whether one of them scored (as the tally tells).
  let sum = 0;
  let topical = false;
  const add = (x: number) => {
    sum += x;
    if (x > 0) topical = true;
  };
  for (let k = 0; k < n; k++) {
    const m = marks[k];
    if (m & MAY_NAME) {
      open[k] = 1;
      high[k] = Infinity;
      continue;
    }
    sum = 0;
    topical = false;
    const industryHit = (m & INDUSTRY_HIT) !== 0;
    const needHit = (m & NEED_HIT) !== 0;
    if (industryHit) add(weights.industry * Math.min(INDUSTRY_CAP, industryMax[k] + INDUSTRY_FURTHER_SHARE * (industrySum[k] - industryMax[k])) * industrySpecificity);
    if (needHit) add(weights.need * Math.min(NEED_CAP, needMax[k] + (needSum[k] - needMax[k]) / NEED_FURTHER_DIVISOR) * needSpecificity);
    if (product[k] > 0) add(weights.product * Math.min(PRODUCT_CAP, product[k] / 2));
    if (markets[k] > 0) add(weights.market * Math.min(MARKET_CAP, markets[k]));
    if (m & CITY_HIT) add(weights.city);
    let keywordLow = 0;
    let keywordHigh = 0;
    if (bm25[k] > 0) {
      const range = ranges.fromScore(index.firmAt(slots[k])!, bm25[k]);
      keywordLow = weights.keyword * range.low;
      keywordHigh = weights.keyword * range.high;
      if (keywordHigh > 0) topical = true;
    }
    // Without a topical reason the score is 0 (both bounds stay 0).
    if (!topical) continue;

    const slot = slots[k];
    const flags = flagsOf[slot];
    let factor = factors;
    if (o.serves.size > 0 && !(m & SERVES_HIT)) factor *= DIRECTION_MISMATCH;
    const hasIndustries = (flags & HAS_INDUSTRIES) !== 0;
    const titleMiss = titleExclusive && hasIndustries && !(m & TITLE_INDUSTRY);
    if (f.focused.length && hasIndustries && (!industryHit || titleMiss) && (o.type === 'event' || !needHit)) factor *= INDUSTRY_MISMATCH;
    else if (!needHit && flags & HAS_NEEDS) factor *= NO_NEED_MET;
    else if (needHit && strongest[k] < MINOR_NEED) factor *= 1 - (1 - NO_NEED_MET) * (1 - strongest[k] / MINOR_NEED);
    const band = SIZE_BANDS[bandOf[slot]];
    if (band && (listingItem || m & CAPITAL_NEED)) {
      const fit = SIZE_FIT[band];
      if (fit > 0) sum += weights.sizeFit * fit;
      else factor *= 1 + fit / 3;
    }
    if (f.peopleOnly && !industryHit) factor *= PEOPLE_AUDIENCE;
    if (m & DECLINED && (!needHit || m & DECLINED_MAIN)) factor *= DECLINED_NEED;
    else if (m & DONE && (!needHit || m & DONE_MAIN)) factor *= DONE_NEED;
    if (requiresEntity && !(flags & HAS_ENTITY)) factor *= PRECONDITION_UNMET;
    sum += bonuses;
    low[k] = (sum + keywordLow) * factor * (1 - SLACK);
    high[k] = (sum + keywordHigh) * factor * (1 + SLACK);
  }
  return { slots, low, high, open };
}
