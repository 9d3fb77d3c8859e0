export * from './lib/meilisearch-search-engine.adapter';
