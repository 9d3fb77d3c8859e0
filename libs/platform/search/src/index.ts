export * from './lib/search-engine.port';
export * from './lib/search.errors';
export * from './lib/orama-search-engine.adapter';
export * from './lib/meilisearch-search-engine.adapter';
export * from './lib/search-engine.factory';
export * from './lib/search-engine.contract';
export { searchDocumentProblem } from './lib/search-input';
