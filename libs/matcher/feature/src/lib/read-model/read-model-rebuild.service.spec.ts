import { buildEvent, EnterpriseChangedEvent, EventEnvelope, MatchFeedback, MatchFeedbackRecordedEvent } from '@fhk/contracts';
import { BusPublisher, BusTransport, RetainedMessage } from '@fhk/platform/bus';
import { EmbeddedBusTransport } from '@fhk/platform/bus-embedded';
import { OUTBOX_COLLECTIONS, ReliableConsumer } from '@fhk/platform/outbox';
import { OramaSearchEngine } from '@fhk/platform/search-orama';
import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';
import { DocumentStore } from '@fhk/platform/store';
import { LIVE_FEEDBACK, MATCH_FEEDBACK_COLLECTIONS, STAGING_FEEDBACK } from '../feedback/match-feedback.collections';
import { MatchFeedbackProjection } from '../feedback/match-feedback.projection';
import { MatchFeedbackRepository } from '../feedback/match-feedback.repository';
import { SEARCH_INDEX } from '../search/search-document.mapper';
import { SearchIndexSync } from '../search/search-index.sync';
import { ReadModelChanges } from './read-model-changes';
import { ReadModelRebuildService } from './read-model-rebuild.service';
import { ReadModelStaging } from './read-model-staging';
import { MATCHER_COLLECTIONS } from './read-model.collections';
import { ReadModelProjections } from './read-model.projections';

/**
 * The feedback collections are rebuilt with the read model, by replaying the retained
 * matcher.match-feedback.recorded.v1 topic (ADR 0012). The bus here is a log the test holds:
 * what it replays, and when a live fact lands, is the test's choice.
 */
describe('read-model rebuild: feedback replayed from its topic', () => {
  let store: DocumentStore;
  let consumer: ReliableConsumer;
  let staging: ReadModelStaging;
  let log: RetainedMessage[];
  let duringReplay: (() => Promise<void>) | null;
  let rebuild: ReadModelRebuildService;
  let embedded: EmbeddedBusTransport;

  const enterprise = (id: string) => {
    const now = new Date().toISOString();
    const entity = { id, version: 1, name: id, city: '安溪', industry: '茶葉', products: '', needs: '', markets: '', employees: null, language: null, outreachConsent: false, ownerId: null, contact: null, createdAt: now, updatedAt: now };
    return buildEvent(EnterpriseChangedEvent, { id, version: 1, deleted: false, entity }, { id: `${id}-v1`, source: 'urn:test' });
  };
  let seq = 0;
  const fact = (enterpriseId: string, opportunityId: string, reason: MatchFeedback['reason']) =>
    buildEvent(
      MatchFeedbackRecordedEvent,
      { id: `01J${String(++seq).padStart(10, '0')}`, enterpriseId, opportunityType: 'event', opportunityId, reason, industry: 'tea', recordedAt: new Date().toISOString() },
      { id: `fb-${seq}`, source: 'urn:test' },
    );
  /** Kept in the log, as the broker retains it. */
  const retain = (topic: string, event: EventEnvelope<unknown>) =>
    log.push({ topic, partition: 0, offset: log.length, key: (event.data as { enterpriseId?: string }).enterpriseId ?? '', value: JSON.parse(JSON.stringify(event)), headers: {} });
  /** Consumed live (as the relay delivers it) and kept in the log. */
  const deliver = async (topic: string, event: EventEnvelope<unknown>) => {
    await consumer.consume(topic, event);
    retain(topic, event);
  };
  const live = async () => ({
    latest: await store.find(LIVE_FEEDBACK.latest, { orderBy: [['id', 'asc']] }),
    peers: await store.find(LIVE_FEEDBACK.peers, { orderBy: [['id', 'asc']] }),
  });
  const rebuilt = async () => {
    await rebuild.start();
    for (let i = 0; rebuild.status().running && i < 500; i++) await new Promise((r) => setTimeout(r, 10));
    return rebuild.status().last!;
  };

  beforeEach(async () => {
    store = new SqliteDocumentStore({ file: ':memory:' });
    await store.init([...MATCHER_COLLECTIONS, ...MATCH_FEEDBACK_COLLECTIONS, ...OUTBOX_COLLECTIONS]);
    const engine = new OramaSearchEngine();
    await engine.ensureIndex(SEARCH_INDEX);
    staging = new ReadModelStaging(store);
    const changes = new ReadModelChanges();
    const index = new SearchIndexSync(store, engine, changes);
    const projections = new ReadModelProjections(store, changes, staging);
    embedded = new EmbeddedBusTransport({ file: ':memory:' });
    consumer = new ReliableConsumer(store, new BusPublisher(embedded.createPublisherClient()), { group: 'matcher', maxAttempts: 1 });
    for (const p of projections.all()) consumer.register(p);
    consumer.register(new MatchFeedbackProjection(store, staging).projection());
    log = [];
    duringReplay = null;
    const bus = {
      replay: async (topics: string[], handle: (m: RetainedMessage) => Promise<void>) => {
        const end = log.length; // up to the end seen at the start, as the port promises
        for (const message of log.slice(0, end)) {
          if (!topics.includes(message.topic)) continue;
          await handle(message);
          const live = duringReplay;
          duringReplay = null;
          await live?.();
        }
        return { messages: end };
      },
    } as unknown as BusTransport;
    rebuild = new ReadModelRebuildService(store, bus, projections, staging, index, changes);
  });
  afterEach(async () => {
    await embedded.close();
    await store.close();
  });

  it('restores each firm’s latest word and the peer counts after they were lost; a live newer word survives the replay of older ones', async () => {
    await deliver(EnterpriseChangedEvent.topic, enterprise('e1'));
    await deliver(MatchFeedbackRecordedEvent.topic, fact('e1', 'tea-fair', 'wrong-industry'));
    await deliver(MatchFeedbackRecordedEvent.topic, fact('e2', 'tea-fair', 'not-interested'));
    await deliver(MatchFeedbackRecordedEvent.topic, fact('e1', 'tea-fair', 'useful')); // supersedes e1's first word
    await deliver(MatchFeedbackRecordedEvent.topic, fact('e1', 'toys-fair', 'wrong-need'));
    const before = await live();
    expect(before.latest).toHaveLength(3);
    expect(before.peers.find((p) => p.id === 'tea|event:tea-fair')).toMatchObject({ counts: { 'wrong-industry': 0, 'not-interested': 1, useful: 1 } });

    // Lose the feedback read model: one collection wiped, the other corrupted.
    await store.commit([
      { op: 'deleteWhere', collection: LIVE_FEEDBACK.latest, where: {} },
      { op: 'put', collection: LIVE_FEEDBACK.peers, document: { ...before.peers[0], counts: { useful: 99 } } },
    ]);
    // A firm changes its mind while the replay runs (after its first message, before e1's older
    // words): written live and to staging, past the end the replay reads to.
    const late = fact('e1', 'tea-fair', 'not-interested');
    duringReplay = () => deliver(MatchFeedbackRecordedEvent.topic, late);

    const result = await rebuilt();

    expect(result).toMatchObject({ outcome: 'swapped', error: null, enterprises: 1, feedback: 3 });
    const after = await live();
    expect(after.latest.filter((r) => r.id !== 'e1|event:tea-fair')).toEqual(before.latest.filter((r) => r.id !== 'e1|event:tea-fair').map((r) => ({ ...r, version: expect.any(Number) })));
    expect(after.peers.find((p) => p.id === 'tea|event:tea-fair')?.counts).toEqual({ 'not-interested': 2 });
    expect(after.peers.find((p) => p.id === 'tea|event:toys-fair')).toMatchObject({ counts: { 'wrong-need': 1 } });
    const repository = new MatchFeedbackRepository(store);
    expect(await repository.ofEnterprise('e1')).toEqual([
      { opportunityType: 'event', opportunityId: 'tea-fair', reason: 'not-interested' },
      { opportunityType: 'event', opportunityId: 'toys-fair', reason: 'wrong-need' },
    ]);
    expect(await repository.ofEnterprise('e2')).toEqual([{ opportunityType: 'event', opportunityId: 'tea-fair', reason: 'not-interested' }]);

    // Rebuilt once more from the log, which now ends with that word: the same counts.
    await rebuilt();
    expect((await live()).peers.map((p) => p.counts)).toEqual([{ 'wrong-industry': 0, 'not-interested': 2, useful: 0 }, { 'wrong-need': 1 }]);
    expect(await repository.ofEnterprise('e1')).toEqual([
      { opportunityType: 'event', opportunityId: 'tea-fair', reason: 'not-interested' },
      { opportunityType: 'event', opportunityId: 'toys-fair', reason: 'wrong-need' },
    ]);
    expect(await store.count(STAGING_FEEDBACK.latest)).toBe(0);
    expect(await store.count(STAGING_FEEDBACK.peers)).toBe(0);
    expect(await staging.current()).toBeNull();
  });

  it('skips an invalid feedback message in the log and counts it, rebuilding the rest', async () => {
    await deliver(MatchFeedbackRecordedEvent.topic, fact('e1', 'tea-fair', 'not-interested'));
    log.push({ topic: MatchFeedbackRecordedEvent.topic, partition: 0, offset: log.length, key: 'e1', value: { specversion: '1.0', data: { reason: 'loved-it' } }, headers: {} });
    const result = await rebuilt();
    expect(result).toMatchObject({ outcome: 'swapped', skippedInvalid: 1, messages: 2, feedback: 1 });
    expect(await new MatchFeedbackRepository(store).ofEnterprise('e1')).toEqual([{ opportunityType: 'event', opportunityId: 'tea-fair', reason: 'not-interested' }]);
  });
});
