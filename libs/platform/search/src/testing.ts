// Test-only entry point (`@fhk/platform/search/testing`): the contract every search adapter's spec runs, and its fixtures.
export * from './lib/search-engine.contract';
export { OPPORTUNITIES, specFor, uniqueIndexName, type OpportunityDocument } from './lib/search-engine.contract.fixtures';
