import { DocumentStore } from '@fhk/platform/store';
import { EntityChangeWriter } from './entity-change-writer';
import { OutboxRelay } from './outbox-relay';
import { reconcileSeed, SEED_STATE_COLLECTION } from './seed-reconciler';
import { openTestStore, RecordingPublisher, Widget, WidgetChangedEvent } from './testing/outbox-test-kit';

describe('reconcileSeed', () => {
  let store: DocumentStore;
  let writer: EntityChangeWriter<Widget>;
  let relay: OutboxRelay;
  beforeEach(async () => {
    store = await openTestStore(['widgets', SEED_STATE_COLLECTION]);
    relay = new OutboxRelay(store, new RecordingPublisher(), { pollMs: 10_000 });
    writer = new EntityChangeWriter<Widget>(store, relay, 'widgets', WidgetChangedEvent, 'urn:test');
  });
  afterEach(() => store.close());

  const seed = (items: Widget[], progress?: (d: number, t: number) => void) => reconcileSeed(store, 'widgets', writer, items, 'v-test', progress);

  it('creates on first run and changes nothing on a second run', async () => {
    const items = [{ id: 'a', version: 1, name: 'A' }, { id: 'b', version: 1, name: 'B' }];
    const steps: number[] = [];
    expect(await seed(items, (done) => steps.push(done))).toMatchObject({ created: ['a', 'b'], updated: [], unchanged: [] });
    expect(steps).toEqual([1, 2]);
    expect(await seed(items)).toMatchObject({ created: [], updated: [], unchanged: ['a', 'b'] });
    expect(await store.count('widgets')).toBe(2);
    expect(await relay.pendingCount()).toBe(2);
  });

  it('updates an item whose seed changed when nobody edited it, and keeps an admin edit otherwise', async () => {
    await seed([{ id: 'a', version: 1, name: 'A' }, { id: 'b', version: 1, name: 'B' }]);
    await writer.replace({ id: 'b', version: 2, name: 'B, corrected by an admin' });
    const report = await seed([{ id: 'a', version: 1, name: 'A2' }, { id: 'b', version: 1, name: 'B2' }]);
    expect(report).toMatchObject({ updated: ['a'], keptAdminEdits: ['b'] });
    expect(await store.get('widgets', 'a')).toMatchObject({ name: 'A2', version: 2 });
    expect(await store.get('widgets', 'b')).toMatchObject({ name: 'B, corrected by an admin' });
  });
});
