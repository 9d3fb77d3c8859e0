import { EnterpriseIndex } from './enterprise-index';
import { CONSENTS, HAS_ENTITY, HAS_INDUSTRIES, HAS_NEEDS, SIZE_BANDS } from './firm-postings';
import { opportunityKeys } from './match-candidates';
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
import { OutreachFilter } from './outreach-filter';
import type { KeywordRanges } from './text-relevance';

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
/** The firm has the item's main need; it shares the item's main industry (its first tag, the one of value 1). */
const MAIN_NEED = 2048;
const MAIN_INDUSTRY = 4096;

/** What `weights` may be (MATCH_WEIGHTS; another table only for the spec's broken variant). */
export type MatchWeights = Readonly<Record<keyof typeof MATCH_WEIGHTS, number>>;

/** Bounds of the candidates' scores with one opportunity, by position in `slots`. */
export interface OutreachBounds {
  /** The candidates the filter keeps, by firm slot (in the order the walk met them). */
  readonly slots: Int32Array;
  /** At most and at least what `matchScore` gives (before its rounding to thousandths). */
  readonly low: Float64Array;
  readonly high: Float64Array;
  /** The bounds say nothing (a firm whose text may name the event): score it exactly. */
  readonly open: Uint8Array;
}

/** `Scratch.pos` of a slot the filter left out (met again, it is not tested again). */
const LEFT_OUT = -1;
// `Scratch.allowed` bits: the filter's posting-list tests a slot passed.
const IN_PREFECTURE = 1;
const IN_INDUSTRY = 2;

/**
 * What one walk sums per candidate, by position, kept per index between walks so that a request
 * allocates nothing in proportion to the firm count: arrays by slot (cleared where written) and
 * per-candidate sums grown to the most candidates seen (zeroed over the positions used).
 */
class Scratch {
  /** Per slot: candidate position + 1, LEFT_OUT, or 0 (not met). */
  pos = new Int32Array(0);
  /** Per slot: the `IN_*` bits of the filter's lists it is on. */
  allowed = new Uint8Array(0);
  capacity = 0;
  slots = new Int32Array(0);
  industrySum = new Float64Array(0);
  industryMax = new Float64Array(0);
  needSum = new Float64Array(0);
  needMax = new Float64Array(0);
  strongest = new Float64Array(0);
  product = new Float64Array(0);
  bm25 = new Float64Array(0);
  markets = new Uint16Array(0);
  marks = new Uint16Array(0);

  reserveSlots(slots: number): void {
    if (this.pos.length >= slots) return;
    const size = slots + 1024;
    this.pos = new Int32Array(size);
    this.allowed = new Uint8Array(size);
  }

  /** Room for `n + 1` candidates (what is summed so far kept). */
  grow(n: number): void {
    if (n < this.capacity) return;
    const size = Math.max(1024, this.capacity * 2);
    const grown = <T extends Float64Array | Uint16Array | Int32Array>(a: T): T => {
      const out = new (a.constructor as new (size: number) => T)(size);
      out.set(a);
      return out;
    };
    this.slots = grown(this.slots);
    this.industrySum = grown(this.industrySum);
    this.industryMax = grown(this.industryMax);
    this.needSum = grown(this.needSum);
    this.needMax = grown(this.needMax);
    this.strongest = grown(this.strongest);
    this.product = grown(this.product);
    this.bm25 = grown(this.bm25);
    this.markets = grown(this.markets);
    this.marks = grown(this.marks);
    this.capacity = size;
  }

  /** Zeroes the sums of the first `n` positions. */
  clear(n: number): void {
    for (const a of [this.industrySum, this.industryMax, this.needSum, this.needMax, this.strongest, this.product, this.bm25, this.markets, this.marks]) a.fill(0, 0, n);
  }
}

const scratchOf = new WeakMap<EnterpriseIndex, Scratch>();

/** How many opportunities' naming firms are kept per index (the lists are short: the firms whose text may name one). */
const NAMING_KEPT = 64;
/** Per index, for its revision: the slots of the firms that may name each opportunity asked for lately (least recently used dropped first). */
const namingOf = new WeakMap<EnterpriseIndex, { revision: number; slots: Map<OpportunityProfile, readonly number[]> }>();

/**
 * `index.namingSlots(o)`, kept per opportunity until the index changes: every filter and page of
 * one opportunity walks the same firms naming it, and finding them scans every firm's naming-text
 * signature and then the texts it lets through (long texts let most names through).
 */
export function namingSlotsOf(index: EnterpriseIndex, o: OpportunityProfile): readonly number[] {
  let kept = namingOf.get(index);
  if (kept?.revision !== index.revision) namingOf.set(index, (kept = { revision: index.revision, slots: new Map() }));
  let slots = kept.slots.get(o);
  if (slots) {
    // Most recently used last (a Map keeps insertion order).
    kept.slots.delete(o);
  } else {
    slots = index.namingSlots(o);
    if (kept.slots.size >= NAMING_KEPT) kept.slots.delete(kept.slots.keys().next().value!);
  }
  kept.slots.set(o, slots);
  return slots;
}

/**
 * The candidates of `o` among the firms of `index` that `filter` keeps, with bounds of
 * `matchScore(firm, o, ctx)` (outreach's context: no feedback), in one walk over the firms' posting
 * lists (`FirmPostings`) without running the rules: each of `o`'s industries, needs, markets,
 * prefectures and words (the keys of `match-candidates.ts`) walks the firms having it, taking each
 * firm the first time it is met if the filter keeps it (consent, size from the index's columns;
 * prefecture and industry from their posting lists, marked before the walk; a city as written from
 * the firm's profile) and summing what the rules sum; the firms whose text has one of the event's
 * names are taken too; served parties and need codes declined or met then mark the firms taken.
 * Then per candidate the rules of `applyRules` with the same weights and constants on those sums
 * (the largest industry and need in full, the others at the rules' share; the penalties decided
 * from the same facts). The only unknown is the text relevance when the firm's best over the corpus
 * is not known yet (`KeywordRanges.fromScore`): `low` takes the bottom of its range, `high` the
 * top. A firm whose text has one of the event's names is left open (`namedByFirm` is a whole-word
 * test). Both bounds carry a relative slack (`SLACK`); `outreach-bound.spec.ts` checks that the
 * candidates are `candidatesFor`'s that `keepsFirm`, low ≤ score ≤ high for every pair, and fails
 * when one weight is off. Nothing per request is proportional to the firm count, only to the lists walked.
 */
export function outreachBounds(o: OpportunityProfile, index: EnterpriseIndex, corpus: OpportunityCorpus, today: string, filter: OutreachFilter, weights: MatchWeights = MATCH_WEIGHTS): OutreachBounds {
  let scratch = scratchOf.get(index);
  if (!scratch) scratchOf.set(index, (scratch = new Scratch()));
  scratch.reserveSlots(index.slots);
  const s = scratch;
  const { pos, allowed } = s;
  const postings = index.postings;
  const f = scoringFeaturesOf(o);

  // The filter's posting-list tests, marked on the firms' slots before the walk.
  const markAllowed = (key: string, bit: number) => {
    const { slots, length } = postings.list(key);
    for (let i = 0; i < length; i++) allowed[slots[i]] |= bit;
  };
  const allowedLists = (visit: (key: string, bit: number) => void) => {
    for (const prefecture of filter.prefectures ?? []) visit(`p:${prefecture}`, IN_PREFECTURE);
    if (filter.industry !== undefined) visit(`i:${filter.industry}`, IN_INDUSTRY);
  };
  allowedLists(markAllowed);
  const required = (filter.prefectures ? IN_PREFECTURE : 0) | (filter.industry !== undefined ? IN_INDUSTRY : 0);
  const { flags: flagsOf, employees: employeesOf } = postings;
  const { consentingOnly, minEmployees, maxEmployees, cityText } = filter;
  const keeps = (slot: number): boolean => {
    if ((allowed[slot] & required) !== required) return false;
    if (consentingOnly && !(flagsOf[slot] & CONSENTS)) return false;
    // NaN (not stated) fails both comparisons.
    if (minEmployees !== undefined && !(employeesOf[slot] >= minEmployees)) return false;
    if (maxEmployees !== undefined && !(employeesOf[slot] <= maxEmployees)) return false;
    return cityText === undefined || index.firmAt(slot)!.profile.city.includes(cityText);
  };
  const leftOut: number[] = [];
  let n = 0;
  /** The candidate position of `slot`, taking it when first met and kept (-1: left out). */
  const take = (slot: number): number => {
    const p = pos[slot];
    if (p !== 0) return p - 1;
    if (!keeps(slot)) {
      pos[slot] = LEFT_OUT;
      leftOut.push(slot);
      return -1;
    }
    s.grow(n);
    s.slots[n] = slot;
    pos[slot] = ++n;
    return n - 1;
  };
  /** The position of a firm already taken (-1: not a candidate, or left out). */
  const taken = (slot: number): number => (pos[slot] > 0 ? pos[slot] - 1 : -1);

  try {
    return boundsOf();
  } finally {
    for (let k = 0; k < n; k++) pos[s.slots[k]] = 0;
    for (const slot of leftOut) pos[slot] = 0;
    allowedLists((key) => {
      const { slots, length } = postings.list(key);
      for (let i = 0; i < length; i++) allowed[slots[i]] = 0;
    });
    s.clear(n);
  }

  function boundsOf(): OutreachBounds {
    // The candidate keys first (every list taking firms), the sums of the rules as they go.
    const titleIndustry = f.titleIndustry;
    const titleExclusive = o.type === 'event' && !!titleIndustry && o.industries.get(titleIndustry) === 1 && !UMBRELLA_INDUSTRIES.has(titleIndustry);
    for (const [code, w] of o.industries) {
      const bonus = o.titleIndustries.has(code) ? TITLE_BONUS : 1;
      const bits = INDUSTRY_HIT | (code === titleIndustry ? TITLE_INDUSTRY : 0) | (w === 1 ? MAIN_INDUSTRY : 0);
      const { slots, values, length } = postings.list(`i:${code}`);
      for (let i = 0; i < length; i++) {
        const k = take(slots[i]);
        if (k < 0) continue;
        const value = values[i] * w * bonus;
        s.industrySum[k] += value;
        if (!(s.marks[k] & INDUSTRY_HIT) || value > s.industryMax[k]) s.industryMax[k] = value;
        s.marks[k] |= bits;
      }
    }
    for (const [code, w] of o.needs) {
      const bits = NEED_HIT | (CAPITAL_MARKETS.has(code) ? CAPITAL_NEED : 0) | (code === f.mainNeed ? MAIN_NEED : 0);
      const { slots, values, length } = postings.list(`n:${code}`);
      for (let i = 0; i < length; i++) {
        const k = take(slots[i]);
        if (k < 0) continue;
        const value = values[i] * w;
        s.needSum[k] += value;
        const first = !(s.marks[k] & NEED_HIT);
        if (first || value > s.needMax[k]) s.needMax[k] = value;
        if (first || values[i] > s.strongest[k]) s.strongest[k] = values[i];
        s.marks[k] |= bits;
      }
    }
    for (const code of o.markets) {
      if (UNIVERSAL_MARKETS.has(code)) continue;
      const { slots, length } = postings.list(`m:${code}`);
      for (let i = 0; i < length; i++) {
        const k = take(slots[i]);
        if (k >= 0) s.markets[k]++;
      }
    }
    for (const prefecture of f.prefectures) {
      const { slots, length } = postings.list(`p:${prefecture}`);
      for (let i = 0; i < length; i++) {
        const k = take(slots[i]);
        if (k >= 0) s.marks[k] |= CITY_HIT;
      }
    }
    // Every word of the opportunity's (`opportunityKeys`): product words with their IDF and title bonus, text words with their BM25 part.
    const ranges = corpus.keywordRangesFor(o);
    for (const token of opportunityKeys(o).tokens) {
      const idf = o.tokens.has(token) ? corpus.idf(token) : 0;
      const productWeight = idf > 0 ? idf * (o.titleTokens.has(token) ? TITLE_BONUS : 1) : 0;
      const words = postings.list(`w:${token}`);
      for (let i = 0; i < words.length; i++) {
        const k = take(words.slots[i]);
        if (k >= 0 && productWeight > 0) s.product[k] += words.values[i] * productWeight;
      }
      const part = ranges.parts.get(token) ?? 0;
      const texts = postings.list(`t:${token}`);
      for (let i = 0; i < texts.length; i++) {
        const k = take(texts.slots[i]);
        if (k >= 0 && part !== 0) s.bm25[k] += texts.values[i] * part;
      }
    }
    for (const slot of namingSlotsOf(index, o)) {
      const k = take(slot);
      if (k >= 0) s.marks[k] |= MAY_NAME;
    }
    // Keys that only mark the firms taken (none of them makes a firm a candidate).
    const mark = (key: string, bits: number) => {
      const { slots, length } = postings.list(key);
      for (let i = 0; i < length; i++) {
        const k = taken(slots[i]);
        if (k >= 0) s.marks[k] |= bits;
      }
    };
    for (const code of o.serves) mark(`s:${code}`, SERVES_HIT);
    for (const code of f.needCodes) {
      const main = code === f.mainNeed;
      mark(`d:${code}`, DECLINED | (main ? DECLINED_MAIN : 0));
      mark(`x:${code}`, DONE | (main ? DONE_MAIN : 0));
    }
    return rulesOn(n, ranges, titleExclusive);
  }

  /** The rules on the sums of the `count` candidates taken. */
  function rulesOn(count: number, ranges: KeywordRanges, titleExclusive: boolean): OutreachBounds {
    const { industrySum, industryMax, needSum, needMax, strongest, product, bm25, markets, marks } = s;
    const slots = s.slots.slice(0, count);
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

    const low = new Float64Array(count);
    const high = new Float64Array(count);
    const open = new Uint8Array(count);
    const bandOf = postings.sizeBand;
    // The topical reasons' points, and whether one of them scored (as the tally tells).
    let sum = 0;
    let topical = false;
    const add = (x: number) => {
      sum += x;
      if (x > 0) topical = true;
    };
    for (let k = 0; k < count; k++) {
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
      else if (needHit && f.mainNeed && !(m & (MAIN_NEED | MAIN_INDUSTRY))) factor *= NO_NEED_MET;
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
}
