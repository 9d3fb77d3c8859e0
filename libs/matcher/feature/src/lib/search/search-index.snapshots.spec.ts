import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OramaSearchEngine } from '@fhk/platform/search-orama';
import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';
import { DocumentStore } from '@fhk/platform/store';
import { ENTERPRISE_READ_MODEL, EnterpriseRow, MATCHER_COLLECTIONS, OPPORTUNITY_READ_MODEL, OpportunityRow } from '../read-model/read-model.collections';
import { ReadModelChanges } from '../read-model/read-model-changes';
import { SEARCH_INDEX } from './search-document.mapper';
import { SearchIndexSnapshots } from './search-index.snapshots';
import { SearchIndexSync } from './search-index.sync';

const now = new Date().toISOString();
const firm = (id: string, version: number, products: string): EnterpriseRow => ({
  id,
  version,
  deleted: false,
  entity: { id, version, name: `${id} 茶業`, city: '福州', industry: 'tea', products, needs: '', markets: '', employees: null, language: null, outreachConsent: false, ownerId: null, contact: null, createdAt: now, updatedAt: now },
});
const tombstone = (id: string, version: number): EnterpriseRow => ({ id, version, deleted: true, entity: null });
const text = (zh: string, en: string) => ({ 'zh-Hant': zh, 'zh-Hans': zh, en });
const event = (entityId: string, version: number, name: string): OpportunityRow => ({
  id: `event:${entityId}`,
  type: 'event',
  entityId,
  version,
  deleted: false,
  entity: {
    id: entityId, slug: entityId, kind: 'calendar-event', version, eventType: 'fair',
    name: text(name, name), summary: text('茶', 'Tea'), organiser: text('主辦', 'Organiser'), city: text('廈門', 'Xiamen'), venue: null,
    tags: { industries: ['tea'], needs: [], markets: [], audiences: [], serves: [] }, measures: [8], officialUrl: null, sample: false, tentative: false, notes: null, requires: [],
    recurrence: { frequency: 'annual', usualMonth: 8 }, nextEdition: null,
  },
});

/** Every document the index holds, by id, with what a search returns of it. */
async function indexContents(engine: OramaSearchEngine): Promise<unknown> {
  const all = await engine.search(SEARCH_INDEX.name, { text: '', limit: 1000 });
  return all.hits.map((hit) => hit.document).sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('search index snapshots', () => {
  let dir: string;
  let store: DocumentStore;
  const put = (collection: string, document: EnterpriseRow | OpportunityRow) => store.commit([{ op: 'put', collection, document }]);
  const boot = async () => {
    const engine = new OramaSearchEngine({ snapshotDir: dir });
    await engine.ensureIndex(SEARCH_INDEX);
    const sync = new SearchIndexSync(store, engine, new ReadModelChanges());
    return { engine, sync, snapshots: new SearchIndexSnapshots(store, engine, sync) };
  };
  /** What a rebuild from the read model gives: the reference every restore must equal. */
  const rebuilt = async () => {
    const engine = new OramaSearchEngine();
    await engine.ensureIndex(SEARCH_INDEX);
    await new SearchIndexSync(store, engine, new ReadModelChanges()).rebuild();
    return indexContents(engine);
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'matcher-snapshot-'));
    store = new SqliteDocumentStore({ file: join(dir, 'matcher.sqlite') });
    await store.init(MATCHER_COLLECTIONS);
    await store.commit([
      ...Array.from({ length: 30 }, (_, i) => ({ op: 'put' as const, collection: ENTERPRISE_READ_MODEL, document: firm(`firm-${i}`, 1, '鐵觀音 tea') })),
      { op: 'put', collection: ENTERPRISE_READ_MODEL, document: tombstone('gone-before', 3) },
      { op: 'put', collection: OPPORTUNITY_READ_MODEL, document: event('fair-1', 1, '廈門茶博會') },
      { op: 'put', collection: OPPORTUNITY_READ_MODEL, document: event('fair-2', 1, 'Tea fair') },
    ]);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('without a snapshot: rebuilds, and says why', async () => {
    const { engine, snapshots } = await boot();
    await expect(snapshots.restore()).resolves.toMatchObject({ from: 'rebuild', documents: 32, problem: 'no snapshot' });
    expect(await indexContents(engine)).toEqual(await rebuilt());
  });

  it('restores the saved index and syncs again exactly the rows changed, deleted, added or gone since', async () => {
    const first = await boot();
    await first.snapshots.restore();
    // A change applied (and claimed) while running, then the snapshot.
    await put(ENTERPRISE_READ_MODEL, firm('firm-0', 2, 'stone carving'));
    await first.sync.syncEnterprise('firm-0');
    expect(await first.snapshots.save()).toMatchObject({ bytes: expect.any(Number) });
    await first.engine.close();

    // Committed after the snapshot (a crash, or events applied after it): five rows differ; 29 firms and 1 event remain.
    await put(ENTERPRISE_READ_MODEL, firm('firm-1', 2, '電子元件 electronics'));
    await put(ENTERPRISE_READ_MODEL, tombstone('firm-2', 2));
    await put(ENTERPRISE_READ_MODEL, firm('firm-new', 1, 'tea'));
    await store.commit([{ op: 'delete', collection: ENTERPRISE_READ_MODEL, id: 'firm-3' }]);
    await store.commit([{ op: 'delete', collection: OPPORTUNITY_READ_MODEL, id: 'event:fair-2' }]);

    const second = await boot();
    // The check reads ids and versions; only the three rows that differ and still exist are read whole.
    const wholeRows = jest.spyOn(store, 'find');
    await expect(second.snapshots.restore()).resolves.toMatchObject({ from: 'snapshot', synced: 5, documents: 30 });
    const read = (await Promise.all(wholeRows.mock.results.map((result) => result.value as Promise<Array<{ id: string }>>))).flat().map((row) => row.id);
    wholeRows.mockRestore();
    expect(read.sort()).toEqual(['firm-1', 'firm-2', 'firm-new']);
    expect(await indexContents(second.engine)).toEqual(await rebuilt());
    const found = await second.engine.search(SEARCH_INDEX.name, { text: '', filter: { type: 'enterprise' }, limit: 100 });
    expect(found.hits.map((hit) => hit.id)).toEqual(expect.arrayContaining(['enterprise__firm-new', 'enterprise__firm-1']));
    expect(found.hits.map((hit) => hit.id)).not.toEqual(expect.arrayContaining(['enterprise__firm-2']));

    // Saved again with nothing changed since: nothing to sync.
    await second.snapshots.save();
    await second.engine.close();
    const third = await boot();
    await expect(third.snapshots.restore()).resolves.toMatchObject({ from: 'snapshot', synced: 0, documents: 30 });
    await third.engine.close();
  });

  it('claims nothing for a quarantined row: it is checked again at the next start, and reported again', async () => {
    await put(ENTERPRISE_READ_MODEL, firm('bad id.x', 1, 'tea'));
    const first = await boot();
    await first.snapshots.restore();
    expect(first.sync.quarantine().count).toBe(1);
    await first.snapshots.save();
    const second = await boot();
    await expect(second.snapshots.restore()).resolves.toMatchObject({ from: 'snapshot', synced: 1 });
    expect(second.sync.quarantine().count).toBe(1);
  });

  it('rebuilds instead of trusting a corrupt snapshot', async () => {
    const first = await boot();
    await first.snapshots.restore();
    await first.snapshots.save();
    writeFileSync(join(dir, `${SEARCH_INDEX.name}.snapshot`), 'garbage');
    const second = await boot();
    await expect(second.snapshots.restore()).resolves.toMatchObject({ from: 'rebuild', problem: 'not a snapshot file', documents: 32 });
    expect(await indexContents(second.engine)).toEqual(await rebuilt());
  });
});
