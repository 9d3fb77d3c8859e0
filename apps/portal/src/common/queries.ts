import {
  CalendarEvent,
  EventsAheadResponse,
  JourneyResponse,
  ListResponse,
  MatchFeedback,
  MatchFeedbackList,
  MatchFeedbackReason,
  MatchResponse,
  MatchResult,
  unwrap,
} from '@fhk/web/api-client';
import { Language } from '@fhk/web/i18n';
import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api';
import { feedbackApplied } from './feedback-state';

/** Query keys shared by the pages, so each answer is fetched once and reused. */
export const queryKeys = {
  calendarEvents: ['calendar', 'events'] as const,
  /** Everything the matcher answers for one firm (matches, journey, events ahead), in every language. */
  firm: (id: string) => ['match', 'enterprise', id] as const,
  storedMatches: (id: string, language: Language) => ['match', 'enterprise', id, 'matches', language] as const,
  journey: (id: string, language: Language) => ['match', 'enterprise', id, 'journey', language] as const,
  eventsAhead: (id: string, language: Language) => ['match', 'enterprise', id, 'events', language] as const,
  feedback: (id: string) => ['match', 'enterprise', id, 'feedback'] as const,
  enterprise: (id: string) => ['enterprise', id] as const,
};

/** A profile saved a moment ago reaches the matcher by event: its 404 is retried for a few seconds. */
const retryWhileUnknown = (failures: number, error: unknown) => failures < 10 && (error as { status?: number }).status === 404;

/** Every calendar event (a few dozen): the calendar, and the deadlines and dates on the matches. */
export function useCalendarEvents(enabled = true) {
  return useQuery({
    queryKey: queryKeys.calendarEvents,
    enabled,
    queryFn: () => unwrap<ListResponse<CalendarEvent>>(api.GET('/api/calendar/events')),
  });
}

/** The saved profile's matches, reasons in `language` (its feedback applied by the matcher). */
export function useStoredMatches(id: string | null, language: Language) {
  return useQuery({
    queryKey: queryKeys.storedMatches(id ?? '', language),
    enabled: Boolean(id),
    queryFn: () => unwrap<MatchResponse>(api.GET('/api/match/enterprises/{id}', { params: { path: { id: id ?? '' }, query: { lang: language, limit: 50 } } })),
    retry: retryWhileUnknown,
    retryDelay: 500,
  });
}

/** The saved profile's journey: ordered steps with providers, in `language`. */
export function useStoredJourney(id: string | null, language: Language) {
  return useQuery({
    queryKey: queryKeys.journey(id ?? '', language),
    enabled: Boolean(id),
    queryFn: () => unwrap<JourneyResponse>(api.GET('/api/match/enterprises/{id}/journey', { params: { path: { id: id ?? '' }, query: { lang: language } } })),
    retry: retryWhileUnknown,
    retryDelay: 500,
  });
}

/** The events of the next twelve months that fit the saved profile, best first. */
export function useEventsAhead(id: string | null, language: Language) {
  return useQuery({
    queryKey: queryKeys.eventsAhead(id ?? '', language),
    enabled: Boolean(id),
    queryFn: () => unwrap<EventsAheadResponse>(api.GET('/api/match/enterprises/{id}/events', { params: { path: { id: id ?? '' }, query: { lang: language } } })),
    retry: retryWhileUnknown,
    retryDelay: 500,
  });
}

/** The feedback the firm gave, oldest first. */
export function useFeedbackLog(id: string | null) {
  return useQuery({
    queryKey: queryKeys.feedback(id ?? ''),
    enabled: Boolean(id),
    queryFn: () => unwrap<MatchFeedbackList>(api.GET('/api/match/enterprises/{id}/feedback', { params: { path: { id: id ?? '' } } })),
  });
}

/** How often, and how far apart, the list is asked for again until the matcher has applied a feedback. */
const FOLLOW_ATTEMPTS = 12;
const FOLLOW_DELAY_MS = 250;

/**
 * Waits until the firm's list reflects a feedback (the matcher applies it from its event, a moment
 * after the 202), then refreshes everything else the matcher answers for the firm.
 */
async function followFeedback(client: QueryClient, id: string, language: Language, feedback: MatchFeedback): Promise<void> {
  const key = queryKeys.storedMatches(id, language);
  for (let attempt = 0; attempt < FOLLOW_ATTEMPTS; attempt++) {
    await client.refetchQueries({ queryKey: key, exact: true });
    const data = client.getQueryData<MatchResponse>(key);
    if (!data || feedbackApplied(data.results, feedback)) break;
    await new Promise((resolve) => setTimeout(resolve, FOLLOW_DELAY_MS));
  }
  // The journey, the events ahead, the feedback log and the list in other languages (this one is fresh).
  await client.invalidateQueries({ queryKey: queryKeys.firm(id), predicate: (query) => JSON.stringify(query.queryKey) !== JSON.stringify(key) });
}

/** Records a feedback on one result and follows the re-ranked list. */
export function useGiveFeedback(id: string, language: Language) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { match: MatchResult; reason: MatchFeedbackReason }) =>
      unwrap<MatchFeedback>(
        api.POST('/api/match/enterprises/{id}/feedback', { params: { path: { id } }, body: { opportunityType: input.match.type, opportunityId: input.match.id, reason: input.reason } }),
      ),
    onSuccess: (feedback) => followFeedback(client, id, language, feedback),
  });
}
