import { UNIVERSAL_MARKETS } from './match-scorer';
import { MatchableEnterprise } from './match-types';
import { FirmView, OpportunityCorpus } from './opportunity-corpus';

/** Bits of `FirmHits.hits`: what a firm and an opportunity share, per ordinal. */
export const INDUSTRY_HIT = 1;
export const NEED_HIT = 2;
export const CITY_HIT = 4;
export const NAMED = 8;
export const DECLINED = 16;
export const DONE = 32;
/** Some topical reason may score (without one the score is 0). */
export const TOPICAL = 64;

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
  /** INDUSTRY_HIT, NEED_HIT, CITY_HIT, NAMED, DECLINED, DONE, TOPICAL. */
  readonly hits: Uint8Array;
}

const cache = new WeakMap<FirmView, FirmHits>();

/** The firm's hits against every opportunity of `view` (once per view). */
export function firmHitsOf(e: MatchableEnterprise, corpus: OpportunityCorpus, view: FirmView): FirmHits {
  const cached = cache.get(view);
  if (cached) return cached;
  const { postings, relevance } = view;
  const n = postings.size;
  const c = e.classification;
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
      const o = ordinals[k];
      const value = weight * values[k];
      sum[o] += value;
      if (value > max[o]) max[o] = value;
      hits[o] |= flags;
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
  const out = { industry, industryMax, need, needMax, product, markets, hits };
  cache.set(view, out);
  return out;
}
