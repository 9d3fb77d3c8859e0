import { join } from 'node:path';
import { runService } from '@fhk/platform/runtime';
import { PLATFORM_CONSUMER_GROUP, PLATFORM_DESCRIPTION, PLATFORM_FEATURES, PLATFORM_TITLE } from '@fhk/composition/embedded';

/**
 * Embedded mode: all four services in one process, one HTTP port, embedded bus, store and
 * search by default. Each service still has its own store file and talks to the others only
 * through events on the bus.
 */
void runService({
  processName: 'platform',
  title: PLATFORM_TITLE,
  description: PLATFORM_DESCRIPTION,
  features: PLATFORM_FEATURES,
  consumerGroup: PLATFORM_CONSUMER_GROUP,
  // The enterprise portal (apps/portal), built by `npm start` into dist/ when missing or stale.
  webRoot: join(__dirname, '..', '..', '..', 'dist', 'apps', 'portal'),
});
