import { SearchEngine, SearchInputError } from '@fhk/platform/search';
import { MeilisearchSearchEngine, MeilisearchSearchEngineOptions } from '@fhk/platform/search-meilisearch';
import { OramaSearchEngine } from '@fhk/platform/search-orama';

export type SearchEngineOptions =
  | { adapter: 'orama'; snapshotDir?: string }
  | ({ adapter: 'meilisearch' } & MeilisearchSearchEngineOptions);

/** Chooses the adapter from configuration (SEARCH_ADAPTER, MEILI_URL, MEILI_MASTER_KEY). */
export function createSearchEngine(options: SearchEngineOptions): SearchEngine {
  switch (options.adapter) {
    case 'orama':
      return new OramaSearchEngine({ snapshotDir: options.snapshotDir });
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
