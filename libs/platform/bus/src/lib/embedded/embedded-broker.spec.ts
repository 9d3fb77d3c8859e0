import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedBroker } from './embedded-broker';
import { EmbeddedConsumer } from './embedded-consumer';
import { waitFor } from '@fhk/shared/util';

describe('EmbeddedBroker', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'broker-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps records and committed offsets across a reopen of the same file', () => {
    const file = join(dir, 'bus.sqlite');
    const first = new EmbeddedBroker({ file });
    const record = first.append('t.x.y.v1', 'key-1', '{"a":1}', { h: 'v' });
    first.commit('g', 't.x.y.v1', record.partition, record.offset + 1);
    first.append('t.x.y.v1', 'key-1', '{"a":2}');
    first.close();

    const second = new EmbeddedBroker({ file });
    expect(second.committedOffset('g', 't.x.y.v1', record.partition)).toBe(1);
    expect(second.read('t.x.y.v1', record.partition, 1, 10).map((r) => r.value)).toEqual(['{"a":2}']);
    expect(second.read('t.x.y.v1', record.partition, 0, 1)[0].headers).toEqual({ h: 'v' });
    expect(second.lag('g', ['t.x.y.v1'])).toBe(1);
    second.close();
  });

  it('puts one key on one partition, always', () => {
    const broker = new EmbeddedBroker({ file: ':memory:', partitions: 8 });
    const partitions = new Set(Array.from({ length: 20 }, () => broker.append('t.x.y.v1', 'same-key', '1').partition));
    expect(partitions.size).toBe(1);
    broker.close();
  });

  it('never lets a committed offset move backwards', () => {
    const broker = new EmbeddedBroker({ file: ':memory:' });
    broker.commit('g', 't', 0, 5);
    broker.commit('g', 't', 0, 3);
    expect(broker.committedOffset('g', 't', 0)).toBe(5);
    broker.close();
  });

  it('delivers asynchronously: nothing runs inside append', async () => {
    const broker = new EmbeddedBroker({ file: ':memory:' });
    const seen: string[] = [];
    const consumer = new EmbeddedConsumer(broker, 'g', 't.x.y.v1', async (r) => void seen.push(r.value));
    consumer.start();
    broker.append('t.x.y.v1', 'k', 'one');
    expect(seen).toEqual([]);
    await waitFor(() => seen.length === 1, 'delivery');
    await consumer.stop();
    broker.close();
  });

  it('can inject duplicate deliveries for fault tests', async () => {
    const broker = new EmbeddedBroker({ file: ':memory:' });
    const seen: string[] = [];
    const consumer = new EmbeddedConsumer(broker, 'g', 't.x.y.v1', async (r) => void seen.push(r.value), {
      faults: { deliveries: (r) => (r.offset % 2 === 0 ? 2 : 1) },
    });
    consumer.start();
    for (const v of ['a', 'b', 'c']) broker.append('t.x.y.v1', 'k', v);
    await waitFor(() => seen.length === 5, 'five deliveries');
    expect(seen).toEqual(['a', 'a', 'b', 'c', 'c']);
    await consumer.stop();
    broker.close();
  });

  it('hands a partition over when its owner stops', async () => {
    const broker = new EmbeddedBroker({ file: ':memory:', partitions: 1 });
    const a: string[] = [];
    const b: string[] = [];
    const first = new EmbeddedConsumer(broker, 'g', 't.x.y.v1', async (r) => void a.push(r.value));
    const second = new EmbeddedConsumer(broker, 'g', 't.x.y.v1', async (r) => void b.push(r.value));
    first.start();
    second.start();
    broker.append('t.x.y.v1', 'k', '1');
    await waitFor(() => a.length === 1, 'first member');
    await first.stop();
    broker.append('t.x.y.v1', 'k', '2');
    await waitFor(() => b.length === 1, 'second member takes over');
    expect([a, b]).toEqual([['1'], ['2']]);
    await second.stop();
    broker.close();
  });
});
