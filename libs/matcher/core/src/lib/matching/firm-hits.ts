import { CAPITAL_MARKETS, UNIVERSAL_MARKETS } from './match-scorer';
import { MatchableEnterprise } from './match-types';
import { FirmView, OpportunityCorpus } from './opportunity-corpus';
import { OpportunityPostings } from './opportunity-postings';

/** Bits of `FirmHits.hits`: what a firm and an opportunity share, per ordinal. */
export const INDUSTRY_HIT = 1;
export const NEED_HIT = 2;
export const CITY_HIT = 4;
export const NAMED = 8;
export const DECLINED = 16;
export const DONE = 32;
/** Some topical reason may score (without one the score is 0). */
export const TOPICAL = 64;
/** One of the needs it meets is a listing or bond issue (the size rule speaks). */
export const CAPITAL_NEED = 128;
/**
 * The firm shares the item's main industry (an industry tag of value 1, its first): what the
 * side-need rule asks, read here from the posting's weight instead of the profile's map per candidate.
 */
export const MAIN_INDUSTRY = 256;
/** The firm has the item's main need (`ScoringFeatures.mainNeed`, one of its need tags), read from the need postings. */
export const MAIN_NEED = 512;
/** Hit values kept per ordinal in the firm's order (`FirmHits.industryValues`, `needValues`); past this many, the scorer reads the profile. */
export const SLOTS = 4;

/**
 * What one firm shares with every opportunity of a corpus version, by ordinal, summed from the
 * posting lists once per request (`FirmView`): the score bound (`match-bound.ts`) and the exact
 * numeric pass (`forward-scorer.ts`) both read it.
 */
export interface FirmHits {
  /** Sum and largest of the firm's weight × the item's value, over shared industries and needs. */
  readonly industry: Float64Array;
  readonly industryMax: Float64Array;
  readonly need: Float64Array;
  readonly needMax: Float64Array;
  /**
   * The product rule's value: Σ weight × IDF × title bonus over the firm's product terms the item
   * has (IDF above 0), added in the firm's order from 0, as `applyRules` adds them (the same bits).
   */
  readonly product: Float64Array;
  /** How many of the firm's markets (not universal) the item reaches. */
  readonly markets: Float64Array;
  /** INDUSTRY_HIT, NEED_HIT, CITY_HIT, NAMED, DECLINED, DONE, TOPICAL, CAPITAL_NEED, MAIN_INDUSTRY, MAIN_NEED. */
  readonly hits: Uint16Array;
  /**
   * The industry and need rules' hit values exactly as the rules compute them (firm weight × tag
   * weight × title bonus; firm weight × need weight), in the firm's order: `industryCount[o]` of
   * them from `industryValues[o * SLOTS]` (the first SLOTS only), the same for needs.
   */
  readonly industryCount: Uint8Array;
  readonly industryValues: Float64Array;
  readonly needCount: Uint8Array;
  readonly needValues: Float64Array;
  /** Index in the firm's needs of the first need the item meets, and the largest firm weight of those it meets. */
  readonly firstNeed: Uint8Array;
  readonly strongestNeed: Float64Array;
  /**
   * The ordinals the firm touches (`hits` not 0), the first `touchedCount`, in the order first
   * touched: every value above is written only at them, so the bound walks them instead of every
   * ordinal and zeroing visits only them.
   */
  readonly touched: Int32Array;
  touchedCount: number;
}

const cache = new WeakMap<FirmView, FirmHits>();

function allocate(n: number): FirmHits {
  return {
    industry: new Float64Array(n),
    industryMax: new Float64Array(n),
    need: new Float64Array(n),
    needMax: new Float64Array(n),
    product: new Float64Array(n),
    markets: new Float64Array(n),
    hits: new Uint16Array(n),
    industryCount: new Uint8Array(n),
    industryValues: new Float64Array(n * SLOTS),
    needCount: new Uint8Array(n),
    needValues: new Float64Array(n * SLOTS),
    firstNeed: new Uint8Array(n),
    strongestNeed: new Float64Array(n),
    touched: new Int32Array(n),
    touchedCount: 0,
  };
}

/** The firm's hits against every opportunity of `view` (once per view, in arrays of its own). */
export function firmHitsOf(e: MatchableEnterprise, corpus: OpportunityCorpus, view: FirmView): FirmHits {
  const cached = cache.get(view);
  if (cached) return cached;
  const out = fill(e, corpus, view, allocate(view.postings.size));
  cache.set(view, out);
  return out;
}

/** Arrays of finished requests, per corpus version (one `OpportunityPostings`), zeroed again and reused. */
const pools = new WeakMap<OpportunityPostings, FirmHits[]>();
/** Arrays kept per corpus version (one a request running at once; more only while one is nested in another). */
const POOLED = 2;

/**
 * Runs `run` with the firm's hits worked out in pooled arrays (what `firmHitsOf(e, corpus, view)`
 * answers meanwhile), then zeroes what was written and gives the arrays back: about 1.2 MB a
 * request at 10^4 opportunities not allocated (nor page-faulted and collected) again. Nothing may
 * keep the hits past `run`.
 */
export function withFirmHits<T>(e: MatchableEnterprise, corpus: OpportunityCorpus, view: FirmView, run: () => T): T {
  if (cache.has(view)) return run();
  let free = pools.get(view.postings);
  if (!free) pools.set(view.postings, (free = []));
  const out = fill(e, corpus, view, free.pop() ?? allocate(view.postings.size));
  cache.set(view, out);
  try {
    return run();
  } finally {
    cache.delete(view);
    clear(out);
    if (free.length < POOLED) free.push(out);
  }
}

/**
 * Zeroes what `fill` wrote, at the ordinals it touched only (every value is written where a bit of
 * `hits` is: four in ten ordinals on the bench data). The slot values, the first and the strongest
 * need are read only below their counts, so they are left as they are.
 */
function clear(h: FirmHits): void {
  const { touched, hits, industry, industryMax, need, needMax, product, markets, industryCount, needCount } = h;
  for (let k = 0; k < h.touchedCount; k++) {
    const o = touched[k];
    hits[o] = 0;
    industry[o] = 0;
    industryMax[o] = 0;
    need[o] = 0;
    needMax[o] = 0;
    product[o] = 0;
    markets[o] = 0;
    industryCount[o] = 0;
    needCount[o] = 0;
  }
  h.touchedCount = 0;
}

/** Adds the firm's hits into `out` (zeroed arrays of the postings' size). */
function fill(e: MatchableEnterprise, corpus: OpportunityCorpus, view: FirmView, out: FirmHits): FirmHits {
  const { postings, relevance } = view;
  const n = postings.size;
  const c = e.classification;
  const { industry, industryMax, need, needMax, product, markets, hits, industryCount, industryValues, needCount, needValues, firstNeed, strongestNeed, touched } = out;
  let touches = out.touchedCount;
  /** Sets `bits` of ordinal `o`, listing it the first time. */
  const hit = (o: number, bits: number) => {
    if (hits[o] === 0) touched[touches++] = o;
    hits[o] |= bits;
  };

  // Each hit's value as the rules compute it: summed and the largest kept (the bound), and kept in the firm's order (the scorer).
  for (const i of c.industries) {
    const { ordinals, weights, bonus } = postings.industry(i.code);
    for (let k = 0; k < ordinals.length; k++) {
      const o = ordinals[k];
      const value = i.weight * weights[k] * bonus[k];
      industry[o] += value;
      if (value > industryMax[o]) industryMax[o] = value;
      hit(o, INDUSTRY_HIT | TOPICAL | (weights[k] === 1 ? MAIN_INDUSTRY : 0));
      const slot = industryCount[o]++;
      if (slot < SLOTS) industryValues[o * SLOTS + slot] = value;
    }
  }
  const { mainNeedNumbers } = postings;
  c.needs.forEach((x, j) => {
    const main = postings.mainNeedNumber(x.code);
    const { ordinals, values } = postings.concept(`n:${x.code}`);
    const capital = CAPITAL_MARKETS.has(x.code) ? CAPITAL_NEED : 0;
    for (let k = 0; k < ordinals.length; k++) {
      const o = ordinals[k];
      const value = x.weight * values[k];
      need[o] += value;
      if (value > needMax[o]) needMax[o] = value;
      const slot = needCount[o]++;
      if (slot === 0) {
        firstNeed[o] = j;
        strongestNeed[o] = x.weight;
      } else strongestNeed[o] = Math.max(strongestNeed[o], x.weight);
      if (slot < SLOTS) needValues[o * SLOTS + slot] = value;
      hit(o, NEED_HIT | TOPICAL | capital | (mainNeedNumbers[o] === main ? MAIN_NEED : 0));
    }
  });
  for (const m of c.markets) {
    if (UNIVERSAL_MARKETS.has(m.code)) continue;
    const { ordinals } = postings.concept(`m:${m.code}`);
    for (let k = 0; k < ordinals.length; k++) {
      markets[ordinals[k]] += 1;
      hit(ordinals[k], TOPICAL);
    }
  }
  if (c.city) {
    const { ordinals } = postings.concept(`p:${c.city.prefecture}`);
    for (let k = 0; k < ordinals.length; k++) hit(ordinals[k], CITY_HIT | TOPICAL);
  }
  for (const [codes, bit] of [[c.declinedNeeds, DECLINED], [c.doneNeeds, DONE]] as const) {
    for (const code of codes) {
      const { ordinals } = postings.concept(`n:${code}`);
      for (let k = 0; k < ordinals.length; k++) hit(ordinals[k], bit);
    }
  }
  for (const x of e.productTerms) {
    const idf = corpus.idf(x.token);
    if (!(idf > 0)) continue;
    const { ordinals, values } = postings.token(x.token);
    for (let k = 0; k < ordinals.length; k++) {
      product[ordinals[k]] += x.weight * idf * values[k];
      hit(ordinals[k], TOPICAL);
    }
  }
  for (let o = 0; o < n; o++) if (relevance[o] > 0) hit(o, TOPICAL);
  for (const p of view.named) {
    const o = postings.ordinalOf(p);
    if (o >= 0) hit(o, NAMED | TOPICAL);
  }
  out.touchedCount = touches;
  return out;
}
