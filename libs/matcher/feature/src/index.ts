export * from './lib/matcher.module';
export { MATCHER_CONSUMER_GROUP } from './lib/read-model/matcher-events.consumer';
export { ReadModelRepository } from './lib/read-model/read-model.repository';
export { SearchIndexSync } from './lib/search/search-index.sync';
export { ReadModelProjections } from './lib/read-model/read-model.projections';
export { ReadModelStaging } from './lib/read-model/read-model-staging';
export { ReadModelRebuildService, type ReadModelRebuildRun, type ReadModelRebuildResult } from './lib/read-model/read-model-rebuild.service';
export { LIVE_READ_MODEL, MATCHER_COLLECTIONS, STAGING_READ_MODEL } from './lib/read-model/read-model.collections';
export { EventsAheadResponseSchema, MatchResponseSchema, JourneyResponseSchema, OpportunityMatchSchema, MatchReasonSchema } from './lib/matching/match-response.schema';
