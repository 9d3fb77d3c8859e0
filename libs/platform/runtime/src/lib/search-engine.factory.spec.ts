import { SearchInputError } from '@fhk/platform/search';
import { MeilisearchSearchEngine } from '@fhk/platform/search-meilisearch';
import { OramaSearchEngine } from '@fhk/platform/search-orama';
import { createSearchEngine } from './search-engine.factory';

describe('createSearchEngine', () => {
  it('chooses the adapter from configuration', async () => {
    const orama = createSearchEngine({ adapter: 'orama' });
    const meili = createSearchEngine({ adapter: 'meilisearch', url: 'http://127.0.0.1:7700', apiKey: 'k' });
    expect(orama).toBeInstanceOf(OramaSearchEngine);
    expect(meili).toBeInstanceOf(MeilisearchSearchEngine);
    expect(() => createSearchEngine({ adapter: 'meilisearch', url: '' })).toThrow(SearchInputError);
    await Promise.all([orama.close(), meili.close()]);
  });
});
