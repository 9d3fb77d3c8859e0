import { EnterpriseProfilesModule } from '@fhk/enterprise-profiles/feature';
import { EventCalendarModule } from '@fhk/event-calendar/feature';
import { MATCHER_CONSUMER_GROUP, MatcherModule } from '@fhk/matcher/feature';
import { MeasureCatalogueModule } from '@fhk/measure-catalogue/feature';

/** What the one-process platform hosts: all four services, the matcher's consumers in its group. */
export const PLATFORM_FEATURES = [EnterpriseProfilesModule, MeasureCatalogueModule, EventCalendarModule, MatcherModule];
export const PLATFORM_CONSUMER_GROUP = MATCHER_CONSUMER_GROUP;
export const PLATFORM_TITLE = 'Fujian–Hong Kong opportunity matcher';
export const PLATFORM_DESCRIPTION =
  'All four services in one process: enterprise-profiles (/api/enterprises), measure-catalogue (/api/catalogue), event-calendar (/api/calendar) and the matcher (/api/match, /api/search, /api/matcher).';
