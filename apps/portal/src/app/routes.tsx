import { NavItem } from '@fhk/web/ui';
import { lazy } from 'react';

/** Each page is its own chunk: the first load carries the shell and the page asked for. */
export const TryPage = lazy(() => import('../try/try-page'));
export const MatchesPage = lazy(() => import('../matches/matches-page'));
export const JourneyPage = lazy(() => import('../journey/journey-page'));
export const CalendarPage = lazy(() => import('../calendar/calendar-page'));
export const SearchPage = lazy(() => import('../search/search-page'));
export const MeasuresPage = lazy(() => import('../measures/measures-page'));
export const ProfilePage = lazy(() => import('../profile/profile-page'));

export const NAV: NavItem[] = [
  { path: '/', labelKey: 'nav.try' },
  { path: '/matches', labelKey: 'nav.matches' },
  { path: '/journey', labelKey: 'nav.journey' },
  { path: '/calendar', labelKey: 'nav.calendar' },
  { path: '/search', labelKey: 'nav.search' },
  { path: '/measures', labelKey: 'nav.measures' },
  { path: '/profile', labelKey: 'nav.profile' },
];
