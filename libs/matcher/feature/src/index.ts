export * from './lib/matcher.module';
export { MATCHER_CONSUMER_GROUP } from './lib/read-model/matcher-events.consumer';
export { ReadModelRepository } from './lib/read-model/read-model.repository';
export { SearchIndexSync } from './lib/search/search-index.sync';
export { ReadModelProjections } from './lib/read-model/read-model.projections';
