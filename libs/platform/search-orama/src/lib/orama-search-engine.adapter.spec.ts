/** Orama-specific behaviour beyond the shared contract. */
import { OramaSearchEngine } from './orama-search-engine.adapter';
import { SearchInputError } from '@fhk/platform/search';
import { OPPORTUNITIES, specFor } from '@fhk/platform/search/testing';

describe('OramaSearchEngine', () => {
  let engine: OramaSearchEngine;

  beforeEach(async () => {
    engine = new OramaSearchEngine();
    await engine.ensureIndex(specFor('opps'));
    await engine.upsert('opps', OPPORTUNITIES);
  });

  afterEach(() => engine.close());

  it('hands out copies: mutating a hit does not touch the index', async () => {
    const [hit] = (await engine.search<(typeof OPPORTUNITIES)[number]>('opps', { text: 'x8336' })).hits;
    hit.document.sectors.push('mutated');
    const [again] = (await engine.search('opps', { text: 'x8336' })).hits;
    expect(again.document).toEqual(OPPORTUNITIES.find((d) => d.id === 'prog-tea-export'));
  });

  it('stores what Meilisearch would: JSON-normalised documents without hidden fields', async () => {
    await engine.upsert('opps', [{ id: 'dated', terms: 'dated', title: undefined, at: new Date('2026-01-02T00:00:00Z') }]);
    const [hit] = (await engine.search('opps', { text: 'dated' })).hits;
    expect(hit.document).toEqual({ id: 'dated', terms: 'dated', at: '2026-01-02T00:00:00.000Z' });
  });

  it('keeps one index per name; rebuild replaces it without leaving anything behind', async () => {
    await engine.ensureIndex(specFor('other'));
    await engine.rebuild(specFor('opps'), [OPPORTUNITIES.slice(0, 2)]);
    expect(engine.indexNames()).toEqual(['opps', 'other']);
    expect(await engine.count('opps')).toBe(2);
    await engine.drop('other');
    expect(engine.indexNames()).toEqual(['opps']);
  });

  it('keeps the old index when changed settings would reject its documents', async () => {
    const stricter = { ...specFor('opps'), searchableFields: ['title', 'terms', 'organiser'] };
    await expect(engine.ensureIndex(stricter)).rejects.toBeInstanceOf(SearchInputError);
    expect(await engine.count('opps')).toBe(OPPORTUNITIES.length);
  });

  it('reports its size in health', async () => {
    expect(await engine.health()).toEqual({ ok: true, adapter: 'orama', detail: 'in-memory: 1 index(es), 9 document(s)' });
  });
});
