import { buildEvent, EntityChanged } from '@fhk/contracts';
import { DocumentStore, WriteOperation } from '@fhk/platform/store';
import { EventProjection, ReliableConsumer } from './reliable-consumer';
import { openTestStore, RecordingPublisher, Widget, WidgetChangedEvent } from './testing/outbox-test-kit';

const event = (id: string, version: number, name: string, eventId = `${id}-v${version}`) =>
  buildEvent(WidgetChangedEvent, { id, version, deleted: false, entity: { id, version, name } }, { id: eventId, source: 'urn:test' });

/** A projection keeping the newest version of each widget, and counting how often it wrote. */
function widgetView(store: DocumentStore, behaviour: { failing?: () => boolean } = {}) {
  const writes: string[] = [];
  const projection: EventProjection<EntityChanged<Widget>> = {
    definition: WidgetChangedEvent,
    project: async ({ data }) => {
      if (behaviour.failing?.()) throw new Error('projection bug');
      const current = await store.get<Widget>('widget_view', data.id);
      if (current && current.version >= data.version) return [];
      writes.push(`${data.id}@${data.version}`);
      return [{ op: 'put', collection: 'widget_view', document: data.entity! }];
    },
  };
  return { projection, writes };
}

describe('ReliableConsumer', () => {
  let store: DocumentStore;
  let publisher: RecordingPublisher;
  beforeEach(async () => {
    store = await openTestStore();
    publisher = new RecordingPublisher();
  });
  afterEach(() => store.close());

  const consumerWith = (projection: EventProjection<EntityChanged<Widget>>, maxAttempts = 3) =>
    new ReliableConsumer(store, publisher, { group: 'test', maxAttempts, backoffMs: { initial: 1, max: 5 } }).register(projection);

  it('applies each event once however often it is delivered, and never rolls a newer version back', async () => {
    const { projection, writes } = widgetView(store);
    const consumer = consumerWith(projection);
    const v1 = event('w', 1, 'one');
    const v2 = event('w', 2, 'two');
    const outcomes = [];
    for (const e of [v1, v2, v1, v2, v2]) outcomes.push(await consumer.consume(WidgetChangedEvent.topic, JSON.parse(JSON.stringify(e))));
    expect(outcomes).toEqual(['applied', 'applied', 'duplicate', 'duplicate', 'duplicate']);
    expect(writes).toEqual(['w@1', 'w@2']);
    expect(await store.get('widget_view', 'w')).toMatchObject({ version: 2, name: 'two' });

    // An old version under a new event id (a re-publish) changes nothing either.
    expect(await consumer.consume(WidgetChangedEvent.topic, event('w', 1, 'stale', 'other-id'))).toBe('applied');
    expect(await store.get('widget_view', 'w')).toMatchObject({ version: 2, name: 'two' });
  });

  it('dead-letters an invalid message at once, with the reason, and keeps going', async () => {
    const { projection } = widgetView(store);
    const consumer = consumerWith(projection);
    expect(await consumer.consume(WidgetChangedEvent.topic, { not: 'an event' })).toBe('dead-lettered');
    expect(await consumer.consume(WidgetChangedEvent.topic, 'not even json')).toBe('dead-lettered');
    expect(await consumer.consume(WidgetChangedEvent.topic, event('w', 1, 'fine'))).toBe('applied');
    const letters = await consumer.listDeadLetters();
    expect(letters).toHaveLength(2);
    expect(letters.map((l) => l.error).join(' ')).toMatch(/invalid event: .*specversion/);
    expect(letters.every((l) => l.attempts === 0)).toBe(true);
    expect(publisher.published.filter((p) => p.topic === `${WidgetChangedEvent.topic}.dlq`)).toHaveLength(2);
  });

  it('retries a failing projection a bounded number of times, dead-letters it, and replays it after a fix', async () => {
    let broken = true;
    let attempts = 0;
    const { projection } = widgetView(store, { failing: () => (attempts++, broken) });
    const consumer = consumerWith(projection, 4);
    const original = { ce_id: 'w-v1', ce_type: WidgetChangedEvent.topic, traceparent: '00-abc-def-01' };
    expect(await consumer.consume(WidgetChangedEvent.topic, event('w', 1, 'poison'), original)).toBe('dead-lettered');
    expect(attempts).toBe(4);
    const [letter] = await consumer.listDeadLetters();
    expect(letter).toMatchObject({ attempts: 4, error: 'projection bug', eventId: 'w-v1', headers: original });
    const [dlq] = publisher.published.filter((p) => p.topic === `${WidgetChangedEvent.topic}.dlq`);
    expect(dlq.headers).toEqual({ ...original, 'x-dlq-error': 'projection bug', 'x-dlq-attempts': '4', 'x-dlq-group': 'test', 'x-dlq-original-topic': WidgetChangedEvent.topic });

    broken = false;
    expect(await consumer.replay(letter.id)).toEqual({ id: letter.id, outcome: 'applied' });
    expect(await store.get('widget_view', 'w')).toMatchObject({ name: 'poison' });
    expect(await consumer.listDeadLetters()).toEqual([]);
    expect(await consumer.listDeadLetters('replayed')).toHaveLength(1);
    expect(await consumer.replay(letter.id)).toBeNull();
  });

  describe('consumeBatch', () => {
    const delivered = (...values: unknown[]) => values.map((value) => ({ value: JSON.parse(JSON.stringify(value)), headers: { h: 'v' } }));

    it('applies a batch in one commit, then runs afterCommit for each event in order', async () => {
      const { projection, writes } = widgetView(store);
      const after: string[] = [];
      const consumer = consumerWith({ ...projection, afterCommit: async ({ data }) => void after.push(`${data.id}@${data.version}`) });
      const commits = jest.spyOn(store, 'commit');
      const outcomes = await consumer.consumeBatch(WidgetChangedEvent.topic, delivered(...['a', 'b', 'c', 'd'].map((id) => event(id, 1, id))));
      expect(outcomes).toEqual(['applied', 'applied', 'applied', 'applied']);
      expect(commits).toHaveBeenCalledTimes(1);
      expect(writes).toEqual(['a@1', 'b@1', 'c@1', 'd@1']);
      expect(after).toEqual(['a@1', 'b@1', 'c@1', 'd@1']);
      // Redelivered (a crash before the offset commit): nothing applied twice, afterCommit again.
      expect(await consumer.consumeBatch(WidgetChangedEvent.topic, delivered(event('a', 1, 'a'), event('b', 1, 'b')))).toEqual(['duplicate', 'duplicate']);
      expect(writes).toHaveLength(4);
    });

    it('hands afterCommit what its commit wrote of each event, and nothing when it wrote nothing (a duplicate, an older version)', async () => {
      const { projection } = widgetView(store);
      const seen: string[] = [];
      const afterCommit = async ({ data }: { data: EntityChanged<Widget> }, committed: readonly WriteOperation[]) =>
        void seen.push(`${data.id}@${data.version}:${committed.map((w) => (w.op === 'put' ? `${w.collection}/${w.document.id}@${w.document.version}` : w.op)).join(',')}`);
      const consumer = consumerWith({ ...projection, afterCommit });
      await consumer.consumeBatch(WidgetChangedEvent.topic, delivered(event('a', 2, 'a'), event('b', 1, 'b')));
      expect(seen).toEqual(['a@2:widget_view/a@2', 'b@1:widget_view/b@1']);
      seen.length = 0;
      await consumer.consumeBatch(WidgetChangedEvent.topic, delivered(event('a', 2, 'a'), event('a', 1, 'old', 'a-old'), event('c', 1, 'c')));
      expect(seen).toEqual(['a@2:', 'a@1:', 'c@1:widget_view/c@1']);
      seen.length = 0;
      // One at a time, the same.
      expect(await consumer.consume(WidgetChangedEvent.topic, event('d', 1, 'd'))).toBe('applied');
      expect(await consumer.consume(WidgetChangedEvent.topic, event('d', 1, 'd'))).toBe('duplicate');
      expect(seen).toEqual(['d@1:widget_view/d@1', 'd@1:']);
    });

    it('hands a retried afterCommit nothing: the effect was committed by an earlier delivery', async () => {
      const { projection } = widgetView(store);
      const seen: string[] = [];
      let calls = 0;
      const consumer = consumerWith({
        ...projection,
        afterCommit: async ({ data }, committed) => {
          seen.push(`${data.id}:${committed.length}`);
          if (calls++ === 0) throw new Error('listener down'); // the first call only
        },
      });
      expect(await consumer.consumeBatch(WidgetChangedEvent.topic, delivered(event('a', 1, 'a'), event('b', 1, 'b')))).toEqual(['duplicate', 'duplicate']);
      // The batch's own commit, then from the failed event on one at a time: committed already.
      expect(seen).toEqual(['a:1', 'a:0', 'b:0']);
      expect(await store.get('widget_view', 'b')).toMatchObject({ version: 1 });
    });

    it('cuts the batch where a subject repeats, so a later version sees the earlier one, and deduplicates within the batch', async () => {
      const { projection, writes } = widgetView(store);
      const consumer = consumerWith(projection);
      const commits = jest.spyOn(store, 'commit');
      const v1 = event('w', 1, 'one');
      const outcomes = await consumer.consumeBatch(WidgetChangedEvent.topic, delivered(v1, event('x', 1, 'x'), v1, event('w', 2, 'two'), event('w', 1, 'stale', 'other-id')));
      expect(outcomes).toEqual(['applied', 'applied', 'duplicate', 'applied', 'applied']);
      expect(writes).toEqual(['w@1', 'x@1', 'w@2']);
      expect(await store.get('widget_view', 'w')).toMatchObject({ version: 2, name: 'two' });
      expect(commits.mock.calls.length).toBeLessThan(5);
    });

    it('calls prepare once with the batch\'s valid events before projecting any, and applies the batch the same when prepare fails', async () => {
      const { projection, writes } = widgetView(store);
      const calls: string[] = [];
      const consumer = consumerWith({
        ...projection,
        prepare: async (events) => {
          calls.push(`prepare ${events.map(({ data }) => data.id).join(',')} after ${writes.length} writes`);
          throw new Error('no worker');
        },
      });
      const outcomes = await consumer.consumeBatch(WidgetChangedEvent.topic, delivered(event('a', 1, 'a'), { not: 'an event' }, event('b', 1, 'b')));
      expect(calls).toEqual(['prepare a,b after 0 writes']);
      expect(outcomes).toEqual(['applied', 'dead-lettered', 'applied']);
      expect(writes).toEqual(['a@1', 'b@1']);
      // A single delivery is never prepared.
      await consumer.consumeBatch(WidgetChangedEvent.topic, delivered(event('c', 1, 'c')));
      expect(calls).toHaveLength(1);
      expect(writes).toEqual(['a@1', 'b@1', 'c@1']);
    });

    it('dead-letters only the poison event and the invalid message; their neighbours are applied', async () => {
      const poisonId = 'p-v1';
      const { projection, writes } = widgetView(store);
      const consumer = consumerWith({ ...projection, project: async (e) => (e.id === poisonId ? Promise.reject(new Error('projection bug')) : projection.project(e)) });
      const outcomes = await consumer.consumeBatch(WidgetChangedEvent.topic, delivered(event('a', 1, 'a'), { not: 'an event' }, event('p', 1, 'poison'), event('b', 1, 'b')));
      expect(outcomes).toEqual(['applied', 'dead-lettered', 'dead-lettered', 'applied']);
      // The failed run was projected once more event by event; nothing of the failed attempt was committed.
      expect(writes).toEqual(['a@1', 'a@1', 'b@1']);
      expect(await store.find('widget_view', { orderBy: [['id', 'asc']] })).toMatchObject([{ id: 'a', version: 1 }, { id: 'b', version: 1 }]);
      const letters = await consumer.listDeadLetters();
      expect(letters.map((l) => [l.eventId, l.attempts, l.headers])).toEqual(expect.arrayContaining([[poisonId, 3, { h: 'v' }], [null, 0, { h: 'v' }]]));
      expect(letters).toHaveLength(2);
      expect(await store.get('widget_view', 'p')).toBeNull();
    });

    it('an afterCommit that fails is retried for that event and the rest, never re-applying their effects', async () => {
      const { projection, writes } = widgetView(store);
      let failOnce = true;
      const after: string[] = [];
      const consumer = consumerWith({
        ...projection,
        afterCommit: async ({ data }) => {
          if (data.id === 'b' && failOnce) {
            failOnce = false;
            throw new Error('index unavailable');
          }
          after.push(data.id);
        },
      });
      const outcomes = await consumer.consumeBatch(WidgetChangedEvent.topic, delivered(event('a', 1, 'a'), event('b', 1, 'b'), event('c', 1, 'c')));
      expect(outcomes).toEqual(['applied', 'duplicate', 'duplicate']);
      expect(writes).toEqual(['a@1', 'b@1', 'c@1']);
      expect(after).toEqual(['a', 'b', 'c']);
    });
  });
});
