import type { AudienceCode, IndustryCode, MarketCode, NeedCode } from '@fhk/contracts';
import type { FujianCityCode } from './data/fujian-cities.data';

export type ConceptKind = 'industry' | 'need' | 'market' | 'city' | 'audience';
export const CONCEPT_KINDS: readonly ConceptKind[] = ['industry', 'need', 'market', 'city', 'audience'];

export interface ConceptCodes {
  industry: IndustryCode;
  need: NeedCode;
  market: MarketCode;
  city: FujianCityCode;
  audience: AudienceCode;
}

/** A concept of the dictionary, typed by kind (`kind: 'industry'` narrows `code` to IndustryCode). */
export type ConceptRef = { [K in ConceptKind]: { readonly kind: K; readonly code: ConceptCodes[K] } }[ConceptKind];

/**
 * The words for one concept.
 *
 * - `zh`: Chinese in either script. Matched as substrings of the normalised text, so one
 *   spelling per word suffices (茶叶 also finds 茶葉); Traditional spellings are kept where
 *   Hong Kong or Taiwan use a different word (傢俬, 資訊科技, 軟體).
 * - `en`: English words and phrases, matched word by word on stems after stop words are
 *   dropped, so "cash pooling" also finds "Cash-Pooling" and "cash pools". A word prefixed
 *   with `=` must appear exactly as written, unstemmed (`=listing` does not find "list");
 *   one prefixed with `^` only counts in capitals and exactly (`^LED` is not the verb "led", `^IT`
 *   not "ITE").
 */
export interface ConceptTerms {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}
