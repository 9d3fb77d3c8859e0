export * from './lib/orama-search-engine.adapter';
export { SEARCH_SNAPSHOT_FORMAT } from './lib/orama-snapshot.records';
