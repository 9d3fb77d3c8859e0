import { OramaSearchEngine } from '@fhk/platform/search-orama';
import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';
import { DocumentStore, VersionConflictError } from '@fhk/platform/store';
import { ENTERPRISE_READ_MODEL, EnterpriseRow, LIVE_READ_MODEL, MATCHER_COLLECTIONS } from '../read-model/read-model.collections';
import { ReadModelChanges } from '../read-model/read-model-changes';
import { newerOnlyWrites } from '../read-model/read-model.writes';
import { enterpriseSearchDocument, SEARCH_INDEX, searchDocumentId } from './search-document.mapper';
import { SearchIndexSync } from './search-index.sync';
import { analysisFingerprint } from './stored-search-document';

const now = new Date().toISOString();
const firm = (id: string, version: number, products: string): EnterpriseRow => ({
  id,
  version,
  deleted: false,
  entity: { id, version, name: `${id} Co.`, city: '福州', industry: 'tea', products, needs: '', markets: '', employees: null, language: null, outreachConsent: false, ownerId: null, contact: null, createdAt: now, updatedAt: now },
});

describe('search documents stored in the read-model rows (ADR 0019)', () => {
  let store: DocumentStore;
  let engine: OramaSearchEngine;
  let sync: SearchIndexSync;
  const ids = async (text: string) => (await engine.search(SEARCH_INDEX.name, { text, limit: 50 })).hits.map((h) => h.id).sort();
  const write = async (row: EnterpriseRow) => store.commit(await newerOnlyWrites(store, LIVE_READ_MODEL, [{ collection: 'enterprises', row }]));

  beforeEach(async () => {
    store = new SqliteDocumentStore({ file: ':memory:' });
    await store.init(MATCHER_COLLECTIONS);
    engine = new OramaSearchEngine();
    await engine.ensureIndex(SEARCH_INDEX);
    sync = new SearchIndexSync(store, engine, new ReadModelChanges());
  });
  afterEach(() => store.close());

  it('are written with the row, only for a newer version, and are the document the mapper makes', async () => {
    await write(firm('f1', 2, 'granite'));
    await write(firm('f1', 1, 'porcelain')); // older: nothing written, nothing analysed
    const row = (await store.get<EnterpriseRow>(ENTERPRISE_READ_MODEL, 'f1'))!;
    expect(row.version).toBe(2);
    expect(row.search).toEqual({ fingerprint: analysisFingerprint(), document: enterpriseSearchDocument(row.entity!), problem: null });
  });

  it('a commit that fails writes neither the row nor its document', async () => {
    await write(firm('f1', 1, 'granite'));
    const stale = await newerOnlyWrites(store, LIVE_READ_MODEL, [{ collection: 'enterprises', row: firm('f1', 2, 'porcelain') }]);
    await write(firm('f1', 3, 'bamboo')); // a concurrent writer got there first
    await expect(store.commit(stale)).rejects.toBeInstanceOf(VersionConflictError);
    await sync.rebuild();
    expect(await ids('bamboo')).toEqual([searchDocumentId('enterprise', 'f1')]);
    expect(await ids('porcelain')).toEqual([]);
  });

  it('the index is rebuilt from the stored documents, and a document of another analysis is analysed again', async () => {
    await write(firm('f1', 1, 'granite'));
    await write(firm('f2', 1, 'granite'));
    // Stand-ins that only the stored documents contain: f1's is current, f2's was made by another analysis.
    for (const [id, fingerprint] of [['f1', analysisFingerprint()], ['f2', 'older-analysis']]) {
      const row = (await store.get<EnterpriseRow>(ENTERPRISE_READ_MODEL, id))!;
      const document = { ...row.search!.document!, terms: `${row.search!.document!.terms} storedonly` };
      await store.commit([{ op: 'put', collection: ENTERPRISE_READ_MODEL, document: { ...row, search: { fingerprint, document, problem: null } } }]);
    }
    // Rows from before documents were stored have none: analysed at the rebuild.
    await store.commit([{ op: 'put', collection: ENTERPRISE_READ_MODEL, document: firm('f3', 1, 'granite') }]);
    await expect(sync.rebuild()).resolves.toMatchObject({ documents: 3 });
    expect(await ids('storedonly')).toEqual([searchDocumentId('enterprise', 'f1')]);
    expect(await ids('granit')).toEqual(['f1', 'f2', 'f3'].map((id) => searchDocumentId('enterprise', id)));
  });

  it('a stored refusal quarantines the row, as an analysed one does', async () => {
    await write(firm('tea.fair 2027', 1, 'granite'));
    expect((await store.get<EnterpriseRow>(ENTERPRISE_READ_MODEL, 'tea.fair 2027'))!.search).toMatchObject({ document: null, problem: expect.stringMatching(/document id/) });
    await sync.rebuild();
    expect(sync.quarantine()).toMatchObject({ count: 1, documents: [{ id: 'enterprise__tea.fair 2027' }] });
  });
});
