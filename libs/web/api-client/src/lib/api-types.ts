import type { Area, CalendarEvent, Enterprise, LocalizedText, Measure, Programme, ServiceCategory, ServiceProvider } from '@fhk/contracts';
import type { operations } from '../generated/api-schema';

/**
 * Response shapes, by name. Where the OpenAPI operation declares a response schema (the matcher's
 * matches, journeys, events ahead, recorded feedback) the type is taken from the generated document;
 * where it declares none yet (lists of contracts entities, search, the feedback list) it is stated
 * here, next to the contracts types it is built from.
 */

export type OpportunityType = 'event' | 'programme' | 'service-provider' | 'service-category' | 'measure';
export const OPPORTUNITY_TYPES: readonly OpportunityType[] = ['event', 'programme', 'service-provider', 'service-category', 'measure'];

/** The JSON body of an operation's answer, as the OpenAPI document declares it. */
type Answer<Op extends keyof operations, Status extends keyof operations[Op]['responses']> = operations[Op]['responses'][Status] extends {
  content: { 'application/json': infer Body };
}
  ? Body
  : never;

/** Matches of a profile (stored or ad hoc): how it was understood, and results with reasons and caveats. */
export type MatchResponse = Answer<'MatchController_matchStored', 200>;
export type MatchResult = MatchResponse['results'][number];
export type MatchReason = MatchResult['reasons'][number];
/** Preconditions (needs a Hong Kong company …), application deadlines, tentative dates. */
export type MatchCaveat = MatchResult['caveats'][number];
/** The same opportunity in another guise (its measure, programme or event), collapsed into one result. */
export type RelatedItem = MatchResult['related'][number];
/** How the matcher understood a profile. */
export type UnderstoodProfile = MatchResponse['profile'];

/** A firm's journey: ordered steps with providers, programmes, events and measures, and the steps left out. */
export type JourneyResponse = Answer<'MatchController_journeyStored', 200>;
export type JourneyStep = JourneyResponse['journey']['steps'][number];
export type JourneyItem = JourneyStep['providers'][number];

/** The events of the next twelve months that fit a firm, best first. */
export type EventsAheadResponse = Answer<'MatchController_eventsAheadStored', 200>;
export type EventAhead = EventsAheadResponse['events'][number];

/** One piece of feedback on a result, as recorded. */
export type MatchFeedback = Answer<'MatchFeedbackController_record', 202>;
export type MatchFeedbackReason = MatchFeedback['reason'];

/** GET /api/match/enterprises/:id/feedback (no response schema in the document yet). */
export interface MatchFeedbackList {
  enterpriseId: string;
  items: MatchFeedback[];
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
