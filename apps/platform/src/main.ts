import { EnterpriseProfilesModule } from '@fhk/enterprise-profiles/feature';
import { EventCalendarModule } from '@fhk/event-calendar/feature';
import { MATCHER_CONSUMER_GROUP, MatcherModule } from '@fhk/matcher/feature';
import { MeasureCatalogueModule } from '@fhk/measure-catalogue/feature';
import { runService } from '@fhk/platform/runtime';

/**
 * Embedded mode: all four services in one process, one HTTP port, embedded bus, store and
 * search by default. Each service still has its own store file and talks to the others only
 * through events on the bus.
 */
void runService({
  processName: 'platform',
  title: 'Fujian–Hong Kong opportunity matcher',
  description:
    'All four services in one process: enterprise-profiles (/api/enterprises), measure-catalogue (/api/catalogue), event-calendar (/api/calendar) and the matcher (/api/match, /api/search, /api/matcher).',
  features: [EnterpriseProfilesModule, MeasureCatalogueModule, EventCalendarModule, MatcherModule],
  consumerGroup: MATCHER_CONSUMER_GROUP,
});
