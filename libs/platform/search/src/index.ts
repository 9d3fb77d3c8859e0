// The search port: what services and adapters share. No adapter lives here (ADR 0016): Orama is
// @fhk/platform/search-orama, Meilisearch is @fhk/platform/search-meilisearch, and only the runtime chooses.
export * from './lib/search-engine.port';
export * from './lib/search.errors';
// Input checks and normalisation every adapter applies, so each accepts exactly the same queries and documents.
export * from './lib/search-input';
