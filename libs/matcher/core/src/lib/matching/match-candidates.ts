import { FUJIAN_CITIES } from '../dictionary/data/fujian-cities.data';
import { UNIVERSAL_MARKETS } from './match-scorer';
import { MatchableEnterprise, OpportunityProfile } from './match-types';

/**
 * The keys under which a firm and an opportunity can meet, for the inverted indexes of both
 * directions. `scoreMatch` gives a score above zero only with a topical reason (industry, need,
 * product term, keyword, market, city, a named event), and each of those needs the pair to share a
 * key: a shared industry, need, non-universal market or prefecture (concept keys), or a word of
 * the firm's products or description found in the opportunity's text (token keys). Named events
 * are matched by text (`eventNamesOf`), not by key. So scoring only the pairs that share a key, or
 * a name, gives exactly the results of scoring every pair.
 */
export interface MatchKeys {
  readonly concepts: readonly string[];
  readonly tokens: readonly string[];
}

export function enterpriseKeys(e: MatchableEnterprise): MatchKeys {
  const c = e.classification;
  const concepts = [
    ...c.industries.map((i) => `i:${i.code}`),
    ...c.needs.map((n) => `n:${n.code}`),
    ...c.markets.filter((m) => !UNIVERSAL_MARKETS.has(m.code)).map((m) => `m:${m.code}`),
    ...(c.city ? [`p:${c.city.prefecture}`] : []),
  ];
  const tokens = new Set<string>();
  for (const t of e.productTerms) tokens.add(t.token);
  for (const t of e.descriptionTerms) tokens.add(t.token);
  return { concepts: [...new Set(concepts)], tokens: [...tokens] };
}

export function opportunityKeys(o: OpportunityProfile): MatchKeys {
  const concepts = [
    ...[...o.industries.keys()].map((code) => `i:${code}`),
    ...[...o.needs.keys()].map((code) => `n:${code}`),
    ...[...o.markets].filter((code) => !UNIVERSAL_MARKETS.has(code)).map((code) => `m:${code}`),
    ...[...o.cities].map((code) => `p:${FUJIAN_CITIES[code].prefecture}`),
  ];
  const tokens = new Set<string>(o.tokens);
  for (const t of o.text.zh.counts.keys()) tokens.add(t);
  for (const t of o.text.en.counts.keys()) tokens.add(t);
  return { concepts: [...new Set(concepts)], tokens: [...tokens] };
}
