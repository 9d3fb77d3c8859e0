/**
 * How the Meilisearch adapter drives the API (settings, tasks, swaps, request shapes), checked
 * against a loopback fake. Search semantics are checked by the contract run on a real server.
 */
import { MeilisearchSearchEngine } from './meilisearch-search-engine.adapter';
import { OPPORTUNITIES, specFor } from '@fhk/platform/search/testing';
import { SearchEngineClosedError, SearchIndexNotFoundError, SearchTaskFailedError } from '@fhk/platform/search';
import { FakeMeilisearch, RecordedRequest } from './testing/fake-meilisearch.server';

describe('MeilisearchSearchEngine (against a protocol fake)', () => {
  let fake: FakeMeilisearch;
  let engine: MeilisearchSearchEngine;
  let url: string;

  beforeEach(async () => {
    fake = new FakeMeilisearch();
    url = await fake.start();
    engine = new MeilisearchSearchEngine({ url, apiKey: 'test-key', taskPollMs: 1 });
  });

  afterEach(async () => {
    await engine.close();
    await fake.stop();
  });

  const last = (method: string, suffix: string): RecordedRequest => {
    const found = fake.requests.filter((r) => r.method === method && r.path.endsWith(suffix)).pop();
    if (!found) throw new Error(`no ${method} *${suffix} request`);
    return found;
  };

  it('creates the index, then applies every setting before any document is sent', async () => {
    await engine.ensureIndex(specFor('opps'));
    await engine.upsert('opps', OPPORTUNITIES);
    expect(fake.calls()).toEqual([
      'GET /indexes/opps',
      'POST /indexes',
      'GET /indexes/opps/settings',
      'PATCH /indexes/opps/settings',
      'POST /indexes/opps/documents',
    ]);
    expect(last('POST', '/indexes').body).toEqual({ uid: 'opps', primaryKey: 'id' });
    expect(last('PATCH', '/settings').body).toEqual({
      searchableAttributes: ['title', 'terms'],
      filterableAttributes: ['kind', 'city', 'sectors', 'year', 'online', 'organiser'],
      sortableAttributes: ['year'],
      typoTolerance: { enabled: false },
      prefixSearch: 'disabled',
      stopWords: [],
      synonyms: {},
      faceting: { maxValuesPerFacet: 1000 },
      pagination: { maxTotalHits: 1_000_000 },
    });
    expect(last('POST', '/documents').query).toEqual({ primaryKey: 'id' });
    expect(fake.requests.some((r) => r.path.startsWith('/tasks/'))).toBe(true);
  });

  it('ensureIndex is idempotent: matching settings are not rewritten', async () => {
    await engine.ensureIndex(specFor('opps'));
    await engine.ensureIndex(specFor('opps'));
    expect(fake.calls().filter((call) => call.startsWith('PATCH'))).toHaveLength(1);
    await engine.ensureIndex(specFor('opps', ['region']));
    expect(fake.calls().filter((call) => call.startsWith('PATCH'))).toHaveLength(2);
  });

  it('a failed task surfaces as SearchTaskFailedError with its code', async () => {
    await engine.ensureIndex(specFor('opps'));
    fake.failNext.set('documentAdditionOrUpdate', 'invalid_document_fields');
    const failure = engine.upsert('opps', OPPORTUNITIES);
    await expect(failure).rejects.toBeInstanceOf(SearchTaskFailedError);
    await expect(failure).rejects.toThrow(/invalid_document_fields/);
  });

  it('sends phrase-quoted tokens, escaped filters and an exact page window', async () => {
    await engine.ensureIndex(specFor('opps'));
    fake.searchResponse = {
      hits: [
        { id: 'a', title: 'skipped' },
        { id: 'b', title: 'tea fair', _rankingScore: 0.75 },
        { id: 'c', title: 'tea', _rankingScore: 0.5 },
      ],
      totalHits: 42,
      facetDistribution: { city: { Fuzhou: 3 } },
      page: 1,
      hitsPerPage: 3,
      totalPages: 14,
      processingTimeMs: 0,
      query: '',
    };
    const result = await engine.search('opps', {
      text: 'tea  fair tea',
      filter: { organiser: 'O\'Brien "x" \\ 福建', sectors: ['tea', 'trade'], online: true, year: 2026 },
      facets: ['city', 'year'],
      offset: 1,
      limit: 2,
    });
    expect(last('POST', '/search').body).toEqual({
      q: '"tea" "fair"',
      filter: [
        '"organiser" = "O\'Brien \\"x\\" \\\\ 福建"',
        '"sectors" IN ["tea", "trade"]',
        '"online" = "true"',
        '"year" = "2026"',
      ],
      facets: ['city', 'year'],
      page: 1,
      hitsPerPage: 3,
      matchingStrategy: 'all',
      showRankingScore: true,
    });
    expect(result).toEqual({
      hits: [
        { id: 'b', score: 0.75, document: { id: 'b', title: 'tea fair' } },
        { id: 'c', score: 0.5, document: { id: 'c', title: 'tea' } },
      ],
      total: 42,
      facets: { city: { Fuzhou: 3 }, year: {} },
    });
  });

  it('rebuild fills a temporary index, swaps it in and deletes it', async () => {
    await engine.ensureIndex(specFor('opps'));
    await engine.upsert('opps', OPPORTUNITIES);
    await engine.rebuild(specFor('opps'), [OPPORTUNITIES.slice(0, 2)]);
    const swap = last('POST', '/swap-indexes').body as Array<{ indexes: string[]; rename: boolean }>;
    expect(swap).toHaveLength(1);
    const [target, temp] = swap[0].indexes;
    expect(target).toBe('opps');
    expect(temp).toMatch(/^opps__rebuild_\d+_[a-z0-9]+$/);
    expect(swap[0].rename).toBe(false);
    expect(fake.calls()).toContain(`PATCH /indexes/${temp}/settings`);
    expect(fake.calls()).toContain(`DELETE /indexes/${temp}`);
    expect([...fake.indexes.keys()]).toEqual(['opps']);
    expect(fake.indexes.get('opps')?.documents.size).toBe(2);
  });

  it('rebuild creates a missing target before swapping, and cleans up after a failure', async () => {
    await engine.rebuild(specFor('fresh'), [OPPORTUNITIES]);
    expect([...fake.indexes.keys()]).toEqual(['fresh']);
    expect(fake.indexes.get('fresh')?.documents.size).toBe(9);

    fake.failNext.set('indexSwap', 'index_not_found');
    await expect(engine.rebuild(specFor('fresh'), [OPPORTUNITIES.slice(0, 1)])).rejects.toBeInstanceOf(SearchTaskFailedError);
    expect([...fake.indexes.keys()]).toEqual(['fresh']);
    expect(fake.indexes.get('fresh')?.documents.size).toBe(9);
  });

  it('maps index_not_found to SearchIndexNotFoundError and drops idempotently', async () => {
    await expect(engine.search('missing', { text: 'tea' })).rejects.toBeInstanceOf(SearchIndexNotFoundError);
    await expect(engine.count('missing')).rejects.toBeInstanceOf(SearchIndexNotFoundError);
    await expect(engine.drop('missing')).resolves.toBeUndefined();
  });

  it('reports health with the server version, and failure when unreachable or closed', async () => {
    expect(await engine.health()).toEqual({ ok: true, adapter: 'meilisearch', detail: `meilisearch 1.20.0 at ${url}: available` });
    await fake.stop();
    const down = await engine.health();
    expect(down.ok).toBe(false);
    expect(down.detail).not.toContain('test-key');
    await engine.close();
    expect((await engine.health()).detail).toBe('closed');
    await expect(engine.count('opps')).rejects.toBeInstanceOf(SearchEngineClosedError);
  });
});
