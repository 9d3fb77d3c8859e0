import { INDUSTRIES, INDUSTRY_CODES } from '@fhk/contracts';
import type { IndustryCode, LocalizedText } from '@fhk/contracts';
import type { ConceptTerms } from '../dictionary/concept-kind';
import { INDUSTRY_TERMS } from '../dictionary/term-dictionary';
import { INDUSTRY_SERVED_BY, IndustryServedBy } from './industry-served-by.data';

export interface IndustryTaxonomyEntry {
  readonly code: IndustryCode;
  /** From the contracts vocabulary. */
  readonly labels: LocalizedText;
  /** The dictionary's terms for the industry (Chinese in either script, English). */
  readonly keywords: ConceptTerms;
  readonly servedBy: IndustryServedBy;
}

/** Every industry code of the contracts vocabulary, with its labels, keywords and what serves it. */
export const INDUSTRY_TAXONOMY: Readonly<Record<IndustryCode, IndustryTaxonomyEntry>> = buildTaxonomy();

function buildTaxonomy(): Record<IndustryCode, IndustryTaxonomyEntry> {
  const taxonomy = {} as Record<IndustryCode, IndustryTaxonomyEntry>;
  for (const code of INDUSTRY_CODES) {
    taxonomy[code] = { code, labels: INDUSTRIES[code], keywords: INDUSTRY_TERMS[code], servedBy: INDUSTRY_SERVED_BY[code] };
  }
  return taxonomy;
}

/** Industries whose served-by hints include an event (by slug) or a measure (by number). */
export function industriesServedBy(opportunity: { slug?: string; measure?: number }): IndustryCode[] {
  return (Object.values(INDUSTRY_TAXONOMY) as IndustryTaxonomyEntry[])
    .filter(
      ({ servedBy }) =>
        (opportunity.slug !== undefined && (servedBy.events as readonly string[]).includes(opportunity.slug)) ||
        (opportunity.measure !== undefined && servedBy.measures.includes(opportunity.measure)),
    )
    .map((entry) => entry.code);
}
