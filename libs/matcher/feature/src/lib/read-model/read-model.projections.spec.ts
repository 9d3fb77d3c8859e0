import { AUDIT_COLLECTIONS, AuditTrail } from '@fhk/platform/audit';
import { buildEvent, CalendarEventChangedEvent, CalendarEvent, EnterpriseChangedEvent } from '@fhk/contracts';
import { BusPublisher } from '@fhk/platform/bus';
import { EmbeddedBusTransport } from '@fhk/platform/bus-embedded';
import { OUTBOX_COLLECTIONS, ReliableConsumer } from '@fhk/platform/outbox';
import { OramaSearchEngine } from '@fhk/platform/search-orama';
import { SearchEngine } from '@fhk/platform/search';
import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';
import { DocumentStore } from '@fhk/platform/store';
import { MATCH_FEEDBACK_COLLECTIONS } from '../feedback/match-feedback.collections';
import { MatchingCorpusService } from '../matching/matching-corpus.service';
import { SEARCH_INDEX } from '../search/search-document.mapper';
import { SearchIndexSync } from '../search/search-index.sync';
import { MATCHER_COLLECTIONS, STAGING_READ_MODEL } from './read-model.collections';
import { ReadModelChanges } from './read-model-changes';
import { ReadModelStaging } from './read-model-staging';
import { ReadModelProjections } from './read-model.projections';
import { ReadModelRepository } from './read-model.repository';

describe('matcher projections', () => {
  let store: DocumentStore;
  let engine: SearchEngine;
  let consumer: ReliableConsumer;
  let readModel: ReadModelRepository;
  let staging: ReadModelStaging;
  beforeEach(async () => {
    store = new SqliteDocumentStore({ file: ':memory:' });
    await store.init([...MATCHER_COLLECTIONS, ...MATCH_FEEDBACK_COLLECTIONS, ...OUTBOX_COLLECTIONS, ...AUDIT_COLLECTIONS]);
    engine = new OramaSearchEngine();
    await engine.ensureIndex(SEARCH_INDEX);
    readModel = new ReadModelRepository(store, new AuditTrail(store, 'matcher'));
    staging = new ReadModelStaging(store);
    const changes = new ReadModelChanges();
    new SearchIndexSync(store, engine, changes);
    new MatchingCorpusService(readModel, changes);
    const projections = new ReadModelProjections(store, changes, staging);
    consumer = new ReliableConsumer(store, new BusPublisher(new EmbeddedBusTransport({ file: ':memory:' }).createPublisherClient()), { group: 'matcher', maxAttempts: 1 });
    for (const p of projections.all()) consumer.register(p);
  });
  afterEach(() => store.close());

  const enterprise = (version: number, name: string) => {
    const now = new Date().toISOString();
    const entity = { id: 'e1', version, name, city: '福州', industry: '', products: '', needs: '', markets: '', employees: null, language: null, outreachConsent: false, ownerId: null, contact: null, createdAt: now, updatedAt: now };
    return buildEvent(EnterpriseChangedEvent, { id: 'e1', version, deleted: false, entity }, { id: `e1-v${version}`, source: 'urn:test' });
  };

  it('keeps the newest version whatever the order of arrival, in the read model and the index', async () => {
    await consumer.consume(EnterpriseChangedEvent.topic, enterprise(2, '新名字'));
    await consumer.consume(EnterpriseChangedEvent.topic, enterprise(1, '舊名字'));
    expect((await readModel.enterprise('e1'))?.name).toBe('新名字');
    const hits = await engine.search(SEARCH_INDEX.name, { text: '', filter: { type: 'enterprise' } });
    expect(hits.hits.map((h) => (h.document as unknown as { title: { en: string } }).title.en)).toEqual(['新名字']);
  });

  it('writes staging too while a rebuild holds it, newer versions only, and stops when released', async () => {
    await consumer.consume(EnterpriseChangedEvent.topic, enterprise(1, '第一版'));
    expect(await store.count(STAGING_READ_MODEL.enterprises)).toBe(0);
    await staging.claim('rebuild-1');
    await consumer.consume(EnterpriseChangedEvent.topic, enterprise(3, '第三版'));
    await consumer.consume(EnterpriseChangedEvent.topic, enterprise(2, '第二版'));
    expect(await store.get(STAGING_READ_MODEL.enterprises, 'e1')).toMatchObject({ version: 3, entity: { name: '第三版' } });
    await expect(staging.claim('rebuild-2')).rejects.toThrow(/expected/i);
    await staging.release();
    await consumer.consume(EnterpriseChangedEvent.topic, enterprise(4, '第四版'));
    expect(await store.count(STAGING_READ_MODEL.enterprises)).toBe(0);
    expect((await readModel.enterprise('e1'))?.name).toBe('第四版');
  });

  it('removes a deleted calendar event from the index and keeps a tombstone', async () => {
    const text = (zh: string, en: string) => ({ 'zh-Hant': zh, 'zh-Hans': zh, en });
    const fair: CalendarEvent = {
      id: 'test-fair', slug: 'test-fair', kind: 'calendar-event', version: 1, eventType: 'fair',
      name: text('測試展', 'Test Fair'), summary: text('測試', 'A test'), organiser: text('主辦', 'Organiser'), city: text('香港', 'Hong Kong'), venue: null,
      tags: { industries: ['tea'], needs: [], markets: [], audiences: [], serves: [] }, measures: [8], officialUrl: null, sample: false, tentative: false, notes: null, requires: [],
      recurrence: { frequency: 'annual', usualMonth: 8 }, nextEdition: null,
    };
    const change = (version: number, deleted: boolean) =>
      buildEvent(CalendarEventChangedEvent, { id: fair.id, version, deleted, entity: deleted ? null : { ...fair, version } }, { id: `${fair.id}-${version}`, source: 'urn:test' });
    await consumer.consume(CalendarEventChangedEvent.topic, change(1, false));
    expect((await engine.search(SEARCH_INDEX.name, { text: '', filter: { type: 'event' } })).total).toBe(1);
    await consumer.consume(CalendarEventChangedEvent.topic, change(2, true));
    expect(await readModel.opportunity('event', fair.id)).toBeNull();
    expect((await engine.search(SEARCH_INDEX.name, { text: '', filter: { type: 'event' } })).total).toBe(0);
    await consumer.consume(CalendarEventChangedEvent.topic, change(1, false));
    expect(await readModel.opportunity('event', fair.id)).toBeNull();
  });
});
