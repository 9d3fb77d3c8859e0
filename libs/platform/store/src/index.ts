// The store port: what services and adapters share. No adapter lives here (ADR 0016): SQLite is
// @fhk/platform/store-sqlite, MongoDB is @fhk/platform/store-mongo, and only the runtime chooses.
export * from './lib/document-store.port';
export * from './lib/store.errors';
// The dialect and its validators: every adapter validates with these, so each accepts exactly the same dialect.
export * from './lib/store-dialect';
