import { analyzeForQuery } from '@fhk/matcher/core';
import { OramaSearchEngine } from '@fhk/platform/search-orama';
import { SearchEngine } from '@fhk/platform/search';
import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';
import { DocumentStore } from '@fhk/platform/store';
import { ENTERPRISE_READ_MODEL, EnterpriseRow, MATCHER_COLLECTIONS } from '../read-model/read-model.collections';
import { SEARCH_INDEX } from './search-document.mapper';
import { ReadModelChanges } from '../read-model/read-model-changes';
import { SearchIndexSync } from './search-index.sync';

const now = new Date().toISOString();
const row = (id: string, name: string): EnterpriseRow => ({
  id,
  version: 1,
  deleted: false,
  entity: { id, version: 1, name, city: '福州', industry: '', products: '', needs: '', markets: '', employees: null, language: null, outreachConsent: false, ownerId: null, contact: null, createdAt: now, updatedAt: now },
});

/** An empty matcher read model (SQLite in memory) and an empty search index. */
async function emptyReadModelAndIndex(): Promise<{ store: DocumentStore; engine: SearchEngine }> {
  const store = new SqliteDocumentStore({ file: ':memory:' });
  await store.init(MATCHER_COLLECTIONS);
  const engine = new OramaSearchEngine();
  await engine.ensureIndex(SEARCH_INDEX);
  return { store, engine };
}

describe('search index sync: a document the index refuses', () => {
  let store: DocumentStore;
  let engine: SearchEngine;
  let sync: SearchIndexSync;
  beforeEach(async () => {
    store = new SqliteDocumentStore({ file: ':memory:' });
    await store.init(MATCHER_COLLECTIONS);
    engine = new OramaSearchEngine();
    await engine.ensureIndex(SEARCH_INDEX);
    sync = new SearchIndexSync(store, engine, new ReadModelChanges());
    // Written before ids were checked at the write boundaries: the index cannot take this id.
    await store.commit([
      { op: 'put', collection: ENTERPRISE_READ_MODEL, document: row('good-1', '福州茶業') },
      { op: 'put', collection: ENTERPRISE_READ_MODEL, document: row('tea.fair 2027', '壞的') },
    ]);
  });
  afterEach(() => store.close());

  it('is quarantined and reported; the rebuild indexes everything else', async () => {
    await expect(sync.rebuild()).resolves.toMatchObject({ documents: 2 });
    expect(await engine.count(SEARCH_INDEX.name)).toBe(1);
    const status = await sync.status();
    expect(status.quarantined.count).toBe(1);
    expect(status.quarantined.documents[0]).toMatchObject({ id: 'enterprise__tea.fair 2027', reason: expect.stringMatching(/document id/) });
  });

  it('is quarantined by a single sync too, and released when a good version replaces it', async () => {
    await sync.rebuild();
    await expect(sync.syncEnterprise('tea.fair 2027')).resolves.toBeUndefined();
    expect(sync.quarantine().count).toBe(1);
    await store.commit([{ op: 'delete', collection: ENTERPRISE_READ_MODEL, id: 'tea.fair 2027' }]);
    await sync.syncEnterprise('tea.fair 2027');
    expect(sync.quarantine().count).toBe(0);
  });
});

describe('search index sync: the rebuild', () => {
  it('pages through more rows than one read holds, in key order, skipping tombstones', async () => {
    const { store, engine } = await emptyReadModelAndIndex();
    const rows = Array.from({ length: 1234 }, (_, i) => row(`firm-${String((i * 7) % 1234).padStart(4, '0')}`, '福州茶業'));
    const dead = new Set(rows.filter((_, i) => i % 97 === 0).map((r) => r.id));
    await store.commit(rows.map((r) => ({ op: 'put' as const, collection: ENTERPRISE_READ_MODEL, document: dead.has(r.id) ? { ...r, deleted: true, entity: null } : r })));
    const progress: number[] = [];
    const result = await new SearchIndexSync(store, engine, new ReadModelChanges()).rebuild((indexed) => progress.push(indexed));
    expect(result.documents).toBe(1234 - dead.size);
    expect(await engine.count(SEARCH_INDEX.name)).toBe(1234 - dead.size);
    expect(progress.at(-1)).toBe(1234 - dead.size);
    store.close();
  });
});

describe('search index sync: a row handed over with its change', () => {
  it('is indexed without reading the store, and an older one handed over late leaves the newer in the index', async () => {
    const { store, engine } = await emptyReadModelAndIndex();
    const changes = new ReadModelChanges();
    const sync = new SearchIndexSync(store, engine, changes);
    const reads = jest.spyOn(store, 'get');
    const v1 = row('firm-1', '福州茶業');
    const v2 = { ...v1, version: 2, entity: { ...v1.entity!, version: 2, name: '廈門陶瓷' } };
    await changes.publish({ kind: 'enterprise', id: 'firm-1', row: v2 });
    expect(reads).not.toHaveBeenCalled();
    await changes.publish({ kind: 'enterprise', id: 'firm-1', row: v1 });
    const titles = async (text: string) => (await engine.search(SEARCH_INDEX.name, { text: analyzeForQuery(text).join(' '), limit: 5 })).hits.map((h) => h.id);
    expect(await engine.count(SEARCH_INDEX.name)).toBe(1);
    expect(sync.claimedVersions().get('enterprise\u0000firm-1')).toBe(2);
    expect(await titles('陶瓷')).toHaveLength(1);
    expect(await titles('茶業')).toHaveLength(0);
    await store.close();
  });
});
