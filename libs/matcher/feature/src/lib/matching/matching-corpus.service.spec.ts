import type { CalendarEvent, Enterprise } from '@fhk/contracts';
import { AuditTrail } from '@fhk/platform/audit';
import { HealthRegistry } from '@fhk/platform/service-kit';
import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';
import { DocumentStore } from '@fhk/platform/store';
import { ENTERPRISE_READ_MODEL, MATCHER_COLLECTIONS, OPPORTUNITY_READ_MODEL, opportunityRowId } from '../read-model/read-model.collections';
import { ReadModelChanges } from '../read-model/read-model-changes';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { MatchingCorpusService } from './matching-corpus.service';
import { MatchingCorpusSnapshots } from './matching-corpus.snapshots';

const text = (zh: string, en: string) => ({ 'zh-Hant': zh, 'zh-Hans': zh, en });
const fair = (id: string, version: number, industries: string[]): CalendarEvent => ({
  id, slug: id, kind: 'calendar-event', version, eventType: 'fair',
  name: text('測試展', `Test Fair ${id}`), summary: text('石材', 'Stone'), organiser: text('主辦', 'Organiser'), city: text('香港', 'Hong Kong'), venue: null,
  tags: { industries: industries as CalendarEvent['tags']['industries'], needs: ['exhibit-find-buyers'], markets: [], audiences: [], serves: [] },
  measures: [], officialUrl: null, sample: false, tentative: false, notes: null, requires: [], recurrence: { frequency: 'annual', usualMonth: 8 }, nextEdition: null,
});
const firm = (id: string, version: number, industry: string): Enterprise => {
  const now = new Date().toISOString();
  return { id, version, name: `企業${id}`, city: '廈門', industry, products: '', needs: '參展找買家', markets: '', employees: 20, language: null, outreachConsent: true, ownerId: null, contact: null, createdAt: now, updatedAt: now };
};

describe('MatchingCorpusService follows the read model one change at a time', () => {
  let store: DocumentStore;
  let changes: ReadModelChanges;
  let service: MatchingCorpusService;
  beforeEach(async () => {
    store = new SqliteDocumentStore({ file: ':memory:' });
    await store.init(MATCHER_COLLECTIONS);
    changes = new ReadModelChanges();
    service = new MatchingCorpusService(new ReadModelRepository(store, new AuditTrail(store, 'matcher')), changes);
  });
  afterEach(() => store.close());

  const putEvent = async (e: CalendarEvent | null, id: string, version: number) => {
    const row = { id: opportunityRowId('event', id), type: 'event', entityId: id, version, deleted: e === null, entity: e };
    await store.commit([{ op: 'put', collection: OPPORTUNITY_READ_MODEL, document: row }]);
    await changes.publish({ kind: 'opportunity', entityId: id, rowId: row.id });
  };
  const putFirm = async (e: Enterprise | null, id: string, version: number) => {
    await store.commit([{ op: 'put', collection: ENTERPRISE_READ_MODEL, document: { id, version, deleted: e === null, entity: e } }]);
    await changes.publish({ kind: 'enterprise', id });
  };

  it('updates the same corpus in place: new, changed and deleted opportunities, older versions ignored', async () => {
    await putEvent(fair('a', 1, ['tea']), 'a', 1);
    const corpus = await service.opportunities();
    expect(corpus.size).toBe(1);
    await putEvent(fair('b', 1, ['toys-games']), 'b', 1);
    await putEvent(fair('a', 2, ['building-materials']), 'a', 2);
    expect(await service.opportunities()).toBe(corpus);
    expect(corpus.size).toBe(2);
    expect([...corpus.get('event', 'a')!.industries.keys()]).toContain('building-materials');
    // A redelivered older version changes nothing (the row itself stays at its newest version).
    await changes.publish({ kind: 'opportunity', entityId: 'a', rowId: null });
    expect([...corpus.get('event', 'a')!.industries.keys()]).not.toContain('tea');
    await putEvent(null, 'b', 2);
    expect((await service.opportunities()).get('event', 'b')).toBeUndefined();
    expect(corpus.size).toBe(1);
  });

  it('indexes firms on first use and then per change; a deletion or a newer version wins over an older row', async () => {
    await putFirm(firm('f1', 1, '石材'), 'f1', 1);
    await putFirm(firm('f2', 1, '茶葉'), 'f2', 1);
    const index = await service.enterprises();
    expect(index.size).toBe(2);
    await putFirm(firm('f3', 1, '玩具'), 'f3', 1);
    await putFirm(null, 'f2', 2);
    expect(index.size).toBe(2);
    expect(index.get('f2')).toBeUndefined();
    await putFirm(firm('f1', 3, '玩具'), 'f1', 3);
    expect(index.get('f1')?.classification.primaryIndustry).toBe('toys-games');
    // An outdated analysis request does not replace the newer one.
    service.matchable(firm('f1', 2, '石材'));
    expect(index.get('f1')?.classification.primaryIndustry).toBe('toys-games');
    // Index tokens are dropped from kept analyses (compact form).
    expect(index.get('f1')?.classification.tokens).toEqual([]);
    await putEvent(fair('toys', 1, ['toys-games']), 'toys', 1);
    const toys = (await service.opportunities()).get('event', 'toys')!;
    expect(index.candidatesFor(toys).map((m) => m.id).sort()).toEqual(['f1', 'f3']);
  });

  it('loads the firm index after start without a request; readiness does not wait for it, an outreach request shares the load', async () => {
    await putEvent(fair('a', 1, ['tea']), 'a', 1);
    await putFirm(firm('f1', 1, '石材'), 'f1', 1);
    await putFirm(firm('f2', 1, '茶葉'), 'f2', 1);
    const repository = new ReadModelRepository(store, new AuditTrail(store, 'matcher'));
    // The firm rows are held back until released, so the load is seen still running.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const pages = repository.enterpriseVersionPages.bind(repository);
    const reads = jest.spyOn(repository, 'enterpriseVersionPages').mockImplementation(async function* () {
      await held;
      yield* pages();
    });
    const health = new HealthRegistry();
    const started = new MatchingCorpusService(repository, new ReadModelChanges(), new MatchingCorpusSnapshots(), health);
    await started.onApplicationBootstrap();
    const ready = health.entries().find(([name]) => name === 'matcher:corpus')![1];
    for (let i = 0; reads.mock.calls.length === 0 && i < 1000; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(reads).toHaveBeenCalledTimes(1);
    expect((await ready()).ok).toBe(true);
    const requested = started.enterprises();
    release();
    const index = await requested;
    expect(index.size).toBe(2);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(await started.enterprises()).toBe(index);
  });

  it('loads the firm index over more than one page of rows, without tombstones, as the changes left it', async () => {
    const direct = new Map<string, string | undefined>();
    for (let i = 0; i < 520; i++) {
      const id = `f${String(i).padStart(3, '0')}`;
      await store.commit([{ op: 'put', collection: ENTERPRISE_READ_MODEL, document: { id, version: 1, deleted: i % 100 === 7, entity: i % 100 === 7 ? null : firm(id, 1, i % 2 ? '茶葉' : '玩具') } }]);
    }
    // A service that has not seen the changes, so its firm index comes from the paged load alone.
    const fresh = new MatchingCorpusService(new ReadModelRepository(store, new AuditTrail(store, 'matcher')), new ReadModelChanges());
    const index = await fresh.enterprises();
    for (let i = 0; i < 520; i++) direct.set(`f${String(i).padStart(3, '0')}`, i % 100 === 7 ? undefined : i % 2 ? 'tea' : 'toys-games');
    expect(index.size).toBe(514);
    expect(fresh.lastFirmLoad).toMatchObject({ rows: 514, analysed: 514 });
    for (const [id, industry] of direct) expect(index.get(id)?.classification.primaryIndustry).toBe(industry);
  });

  it('stops a firm load under way at shutdown, so the process can exit', async () => {
    for (let i = 0; i < 50; i++) await putFirm(firm(`f${i}`, 1, '石材'), `f${i}`, 1);
    // A service that has not seen the changes, so its firm index comes from the load alone.
    const fresh = new MatchingCorpusService(new ReadModelRepository(store, new AuditTrail(store, 'matcher')), new ReadModelChanges());
    const loading = fresh.enterprises();
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    await fresh.beforeApplicationShutdown();
    // The load yields between firms: stopped at its next one, it has indexed only those before.
    expect((await loading).size).toBeLessThan(50);
  });

  it('starts over after the read model was replaced', async () => {
    await putEvent(fair('a', 1, ['tea']), 'a', 1);
    await putFirm(firm('f1', 1, '石材'), 'f1', 1);
    const [corpus, index] = [await service.opportunities(), await service.enterprises()];
    await store.commit([{ op: 'deleteWhere', collection: ENTERPRISE_READ_MODEL, where: {} }]);
    await changes.publish({ kind: 'replaced' });
    expect(await service.opportunities()).not.toBe(corpus);
    const fresh = await service.enterprises();
    expect(fresh).not.toBe(index);
    expect(fresh.size).toBe(0);
  });
});
