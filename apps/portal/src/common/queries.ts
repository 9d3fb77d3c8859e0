import { CalendarEvent, ListResponse, MatchResponse, unwrap } from '@fhk/web/api-client';
import { Language } from '@fhk/web/i18n';
import { useQuery } from '@tanstack/react-query';
import { api } from '../app/api';

/** Query keys shared by the pages, so each answer is fetched once and reused. */
export const queryKeys = {
  calendarEvents: ['calendar', 'events'] as const,
  storedMatches: (id: string, language: Language) => ['match', 'enterprise', id, language] as const,
  enterprise: (id: string) => ['enterprise', id] as const,
};

/** Every calendar event (a few dozen): the calendar, and the deadlines and dates on the matches. */
export function useCalendarEvents(enabled = true) {
  return useQuery({
    queryKey: queryKeys.calendarEvents,
    enabled,
    queryFn: () => unwrap<ListResponse<CalendarEvent>>(api.GET('/api/calendar/events')),
  });
}

/**
 * The saved profile's matches, reasons in `language`. A profile saved a moment ago may not have
 * reached the matcher yet (it learns of it by event): that 404 is retried for a few seconds.
 */
export function useStoredMatches(id: string | null, language: Language) {
  return useQuery({
    queryKey: queryKeys.storedMatches(id ?? '', language),
    enabled: Boolean(id),
    queryFn: () => unwrap<MatchResponse>(api.GET('/api/match/enterprises/{id}', { params: { path: { id: id ?? '' }, query: { lang: language, limit: 50 } } })),
    retry: (failures, error) => failures < 10 && (error as { status?: number }).status === 404,
    retryDelay: 500,
  });
}
