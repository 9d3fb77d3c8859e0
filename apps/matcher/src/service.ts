import { MATCHER_CONSUMER_GROUP, MatcherModule } from '@fhk/matcher/feature';

/** This app hosts one service: the matcher (distributed mode, one container), consuming in its group. */
export const SERVICE = {
  processName: 'matcher',
  title: 'matcher',
  description: 'Consumes the other services’ events into its own read model and search index; matching, search and outreach.',
  features: [MatcherModule],
  consumerGroup: MATCHER_CONSUMER_GROUP,
};
