/** Runs the port contract on Orama (always: it is embedded). Meilisearch's run: libs/platform/search-meilisearch. */
import { describeSearchEngineContract } from '@fhk/platform/search/testing';
import { OramaSearchEngine } from './orama-search-engine.adapter';

describeSearchEngineContract('orama', async () => new OramaSearchEngine());
