import { MATCHER_CONSUMER_GROUP, MatcherModule } from '@fhk/matcher/feature';
import { runService } from '@fhk/platform/runtime';

void runService({
  processName: 'matcher',
  title: 'matcher',
  description: 'Consumes the other services’ events into its own read model and search index; matching, search and outreach.',
  features: [MatcherModule],
  consumerGroup: MATCHER_CONSUMER_GROUP,
});
