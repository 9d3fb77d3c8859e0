import { BusPublisher } from '@fhk/platform/bus';
import { EmbeddedBroker, EmbeddedBusTransport } from '@fhk/platform/bus-embedded';
import { DocumentStore } from '@fhk/platform/store';
import { waitFor } from '@fhk/shared/util';
import { EntityChangeWriter } from './entity-change-writer';
import { OUTBOX_COLLECTION } from './outbox.collections';
import { OutboxRecord } from './outbox-record';
import { OutboxRelay } from './outbox-relay';
import { openTestStore, RecordingPublisher, Widget, WidgetChangedEvent } from './testing/outbox-test-kit';

describe('OutboxRelay with EntityChangeWriter', () => {
  let store: DocumentStore;
  beforeEach(async () => (store = await openTestStore()));
  afterEach(() => store.close());

  it('stores the entity and its event in one commit, publishes in order and marks them sent', async () => {
    const publisher = new RecordingPublisher();
    const relay = new OutboxRelay(store, publisher, { pollMs: 10_000 });
    const writer = new EntityChangeWriter<Widget>(store, relay, 'widgets', WidgetChangedEvent, 'urn:test');
    await writer.create({ id: 'w1', version: 1, name: 'first' });
    await writer.replace({ id: 'w1', version: 2, name: 'second' });
    await writer.remove({ id: 'w1', version: 2, name: 'second' });
    expect(await relay.pendingCount()).toBe(3);

    relay.start();
    await waitFor(async () => (await relay.pendingCount()) === 0, 'the relay to drain');
    await relay.stop();
    const published = publisher.published.map((p) => JSON.parse(p.value).data);
    expect(published.map((d) => [d.version, d.deleted])).toEqual([[1, false], [2, false], [3, true]]);
    expect(publisher.published.every((p) => p.key === 'w1' && p.topic === WidgetChangedEvent.topic)).toBe(true);
    expect(await store.get('widgets', 'w1')).toBeNull();
  });

  it('refuses a stale replace and writes no event for it', async () => {
    const relay = new OutboxRelay(store, new RecordingPublisher(), { pollMs: 10_000 });
    const writer = new EntityChangeWriter<Widget>(store, relay, 'widgets', WidgetChangedEvent, 'urn:test');
    await writer.create({ id: 'w1', version: 1, name: 'first' });
    await writer.replace({ id: 'w1', version: 2, name: 'second' });
    await expect(writer.replace({ id: 'w1', version: 2, name: 'stale' })).rejects.toMatchObject({ name: 'VersionConflictError' });
    expect(await relay.pendingCount()).toBe(2);
    expect(await store.get('widgets', 'w1')).toMatchObject({ name: 'second' });
  });

  it('keeps a record pending until the broker acknowledges it, then carries on in order', async () => {
    const publisher = new RecordingPublisher(2);
    const relay = new OutboxRelay(store, publisher, { pollMs: 20 });
    const writer = new EntityChangeWriter<Widget>(store, relay, 'widgets', WidgetChangedEvent, 'urn:test');
    for (let i = 1; i <= 3; i++) await writer.create({ id: `w${i}`, version: 1, name: `n${i}` });
    relay.start();
    await waitFor(async () => (await relay.pendingCount()) === 0, 'the relay to recover', 15_000);
    await relay.stop();
    expect(publisher.published.map((p) => p.key)).toEqual(['w1', 'w2', 'w3']);
  });

  it('marks a batch sent in one commit; a broker failure mid-batch keeps only the unacknowledged ones pending', async () => {
    const publisher = new RecordingPublisher();
    const relay = new OutboxRelay(store, publisher, { pollMs: 10_000 });
    const writer = new EntityChangeWriter<Widget>(store, relay, 'widgets', WidgetChangedEvent, 'urn:test');
    for (let i = 1; i <= 3; i++) await writer.create({ id: `w${i}`, version: 1, name: `n${i}` });
    const commits = jest.spyOn(store, 'commit');
    let calls = 0;
    const publish = publisher.publish.bind(publisher);
    jest.spyOn(publisher, 'publish').mockImplementation(async (topic, message) => {
      if (++calls === 2) throw new Error('broker unavailable');
      return publish(topic, message);
    });
    await expect(relay.drain()).rejects.toThrow('broker unavailable');
    expect(commits).toHaveBeenCalledTimes(1);
    const status = async () => Object.fromEntries((await store.find<OutboxRecord>(OUTBOX_COLLECTION)).map((r) => [r.key, r.status]));
    expect(await status()).toEqual({ w1: 'sent', w2: 'pending', w3: 'pending' });

    expect(await relay.drain()).toBe(2);
    expect(commits).toHaveBeenCalledTimes(2);
    expect(publisher.published.map((p) => p.key)).toEqual(['w1', 'w2', 'w3']);
    expect(await status()).toEqual({ w1: 'sent', w2: 'sent', w3: 'sent' });
  });

  it('on the embedded bus, appends a batch in one broker commit, in order, and marks it sent', async () => {
    const transport = new EmbeddedBusTransport({ file: ':memory:' });
    const client = transport.createPublisherClient();
    const broker = client.unwrap<EmbeddedBroker>();
    const appendAll = jest.spyOn(broker, 'appendAll');
    const relay = new OutboxRelay(store, new BusPublisher(client), { pollMs: 10_000 });
    const writer = new EntityChangeWriter<Widget>(store, relay, 'widgets', WidgetChangedEvent, 'urn:test');
    await writer.create({ id: 'w1', version: 1, name: 'n1' });
    for (let i = 2; i <= 5; i++) await writer.replace({ id: 'w1', version: i, name: `n${i}` });
    expect(await relay.drain()).toBe(5);
    expect(appendAll).toHaveBeenCalledTimes(1);
    const partition = broker.partitionFor('w1');
    expect(broker.read(WidgetChangedEvent.topic, partition, 0, 10).map((r) => JSON.parse(r.value).data.entity.name)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    expect(await relay.pendingCount()).toBe(0);
    await transport.close();
  });

  it('resumes after a restart with whatever is still pending', async () => {
    const relay = new OutboxRelay(store, new RecordingPublisher(), { pollMs: 10_000 });
    const writer = new EntityChangeWriter<Widget>(store, relay, 'widgets', WidgetChangedEvent, 'urn:test');
    await writer.create({ id: 'w1', version: 1, name: 'before the crash' });

    const afterRestart = new RecordingPublisher();
    const next = new OutboxRelay(store, afterRestart, { pollMs: 10_000 });
    expect(await next.drain()).toBe(1);
    const [record] = await store.find<OutboxRecord>(OUTBOX_COLLECTION);
    expect(record).toMatchObject({ status: 'sent' });
    expect(record.sentAt).not.toBeNull();
  });
});
