import type { Area, CalendarEvent, Enterprise, LocalizedText, Measure, Programme, ServiceCategory, ServiceProvider } from '@fhk/contracts';

/**
 * Response shapes of the endpoints whose OpenAPI operations declare no response schema yet
 * (the services return contracts entities or the matcher's results). Request bodies and query
 * parameters come from the generated document; these names are the one place the web states a
 * response shape, next to the contracts types they are built from.
 */

export type OpportunityType = 'event' | 'programme' | 'service-provider' | 'service-category' | 'measure';
export const OPPORTUNITY_TYPES: readonly OpportunityType[] = ['event', 'programme', 'service-provider', 'service-category', 'measure'];

export interface MatchReason {
  code: string;
  codes: string[];
  terms: string[];
  contribution: number;
  /** The reason as a sentence in the requested language. */
  text: string;
}

export interface MatchResult {
  type: OpportunityType;
  id: string;
  title: LocalizedText;
  score: number;
  reasons: MatchReason[];
  /** Provenance: the memorandum's measure numbers. */
  measures: number[];
  sample: boolean;
  tentative: boolean;
}

export interface CodedLabel {
  code: string;
  label: string;
  weight?: number;
}

/** How the matcher understood a profile. */
export interface UnderstoodProfile {
  language: 'zh-Hant' | 'zh-Hans' | 'en';
  primaryIndustry: string | null;
  industries: CodedLabel[];
  needs: CodedLabel[];
  markets: CodedLabel[];
  city: { code: string; prefecture?: string; label: string } | null;
  sizeBand: string | null;
}

export interface MatchResponse {
  profile: UnderstoodProfile;
  results: MatchResult[];
}

export interface ListResponse<T> {
  items: T[];
  total: number;
}

export type CatalogueItemView = Area | Measure | Programme | ServiceCategory | ServiceProvider;
export type { Area, CalendarEvent, Enterprise, Measure };

export interface HighlightPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  type: OpportunityType | 'area' | 'enterprise';
  id: string;
  title: LocalizedText;
  highlight: Record<'zh-Hant' | 'zh-Hans' | 'en', HighlightPart[]>;
  score: number;
  industries: string[];
  needs: string[];
  measures: number[];
}

export interface SearchResponse {
  query: string;
  total: number;
  hits: SearchHit[];
  facets: Partial<Record<'type' | 'industries' | 'needs' | 'areas' | 'months' | 'cities', Record<string, number>>>;
  note?: string;
}
