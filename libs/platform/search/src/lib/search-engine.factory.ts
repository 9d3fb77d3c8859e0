import { MeilisearchSearchEngine, MeilisearchSearchEngineOptions } from './meilisearch-search-engine.adapter';
import { OramaSearchEngine } from './orama-search-engine.adapter';
import { SearchEngine } from './search-engine.port';
import { SearchInputError } from './search.errors';

export type SearchEngineOptions =
  | { adapter: 'orama' }
  | ({ adapter: 'meilisearch' } & MeilisearchSearchEngineOptions);

/** Chooses the adapter from configuration (SEARCH_ADAPTER, MEILI_URL, MEILI_MASTER_KEY). */
export function createSearchEngine(options: SearchEngineOptions): SearchEngine {
  switch (options.adapter) {
    case 'orama':
      return new OramaSearchEngine();
    case 'meilisearch': {
      if (!options.url) throw new SearchInputError('the meilisearch adapter needs a url');
      const { adapter: _adapter, ...meili } = options;
      return new MeilisearchSearchEngine(meili);
    }
    default: {
      const unknown: never = options;
      throw new SearchInputError(`unknown search adapter ${JSON.stringify((unknown as { adapter: unknown }).adapter)}`);
    }
  }
}
