export * from './lib/orama-search-engine.adapter';
