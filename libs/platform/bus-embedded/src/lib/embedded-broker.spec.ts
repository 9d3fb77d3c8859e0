import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedBroker } from './embedded-broker';
import { EmbeddedBusTransport } from './embedded-bus.transport';
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

  it('appends a batch in one commit: offsets continue per partition, in order, and a failure writes none of it', () => {
    const file = join(dir, 'bus.sqlite');
    const broker = new EmbeddedBroker({ file, partitions: 4 });
    broker.append('t.x.y.v1', 'a', '0');
    const keys = Array.from({ length: 40 }, (_, i) => `k${i % 7}`);
    const records = broker.appendAll(keys.map((key, i) => ({ topic: i % 2 ? 't.x.y.v1' : 't.x.z.v1', key, value: `b${i}` })));
    for (const topic of ['t.x.y.v1', 't.x.z.v1']) {
      for (let p = 0; p < 4; p++) {
        const read = broker.read(topic, p, 0, 100);
        expect(read.map((r) => r.offset)).toEqual(read.map((_, i) => i));
        const mine = records.filter((r) => r.topic === topic && r.partition === p).map((r) => r.value);
        expect(read.map((r) => r.value).filter((v) => v.startsWith('b'))).toEqual(mine);
      }
    }
    const before = ['t.x.y.v1', 't.x.z.v1'].reduce((n, topic) => n + [0, 1, 2, 3].reduce((m, p) => m + broker.endOffset(topic, p), 0), 0);
    // A value SQLite refuses (not text) half-way through: the batch's first messages are not kept either.
    expect(() => broker.appendAll([{ topic: 't.x.y.v1', key: 'a', value: 'kept?' }, { topic: 't.x.y.v1', key: 'b', value: {} as unknown as string }])).toThrow();
    const after = ['t.x.y.v1', 't.x.z.v1'].reduce((n, topic) => n + [0, 1, 2, 3].reduce((m, p) => m + broker.endOffset(topic, p), 0), 0);
    expect(after).toBe(before);
    broker.close();
  });

  it('wakes a consumer waiting on a partition a batch wrote to', async () => {
    const broker = new EmbeddedBroker({ file: ':memory:' });
    const partition = broker.partitionFor('woken');
    const woken = broker.waitForAppend('t.x.y.v1', partition, new AbortController().signal);
    broker.appendAll([{ topic: 't.x.y.v1', key: 'woken', value: '1' }]);
    await expect(woken).resolves.toBeUndefined();
    broker.close();
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

  it('commits a batch of handled records in one write, and what was handled before a failing record at once', async () => {
    const broker = new EmbeddedBroker({ file: ':memory:', partitions: 1 });
    for (let i = 0; i < 25; i++) broker.append('t.x.y.v1', `k${i}`, String(i));
    const commits = jest.spyOn(broker, 'commit');
    let failNext = true;
    const seen: string[] = [];
    const consumer = new EmbeddedConsumer(
      broker,
      'g',
      't.x.y.v1',
      async (r) => {
        if (r.value === '7' && failNext) {
          failNext = false;
          throw new Error('transient');
        }
        seen.push(r.value);
      },
      { batchSize: 10, retryBackoffMs: { initial: 200, max: 200 } },
    );
    consumer.start();
    await waitFor(() => broker.committedOffset('g', 't.x.y.v1', 0) === 7, 'the records before the failure to be committed');
    await waitFor(() => broker.committedOffset('g', 't.x.y.v1', 0) === 25, 'everything to be committed');
    await consumer.stop();
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => String(i)));
    // 0–6 before the retry wait, 7–9 at the end of that batch, 10–19, 20–24: four writes for 25 records.
    expect(commits.mock.calls.map((c) => c[3])).toEqual([7, 10, 20, 25]);
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

  describe('log compaction', () => {
    const topic = 'd.entity.changed.v1';
    /** Every record of a topic as `partition@offset key=value`, partition by partition. */
    const log = (broker: EmbeddedBroker, t: string) =>
      Array.from({ length: broker.partitions }, (_, p) => broker.read(t, p, 0, 1000))
        .flat()
        .map((r) => `${r.partition}@${r.offset} ${r.key}=${r.value}`);
    const ends = (broker: EmbeddedBroker, t: string) => Array.from({ length: broker.partitions }, (_, p) => broker.endOffset(t, p));

    it('keeps the latest record per key and per partition, and moves no end offset', () => {
      // With 2 partitions, keys a and c hash to partition 0 and b to partition 1.
      const broker = new EmbeddedBroker({ file: ':memory:', partitions: 2 });
      broker.markCompacted([topic]);
      for (const [k, v] of [['a', 'a1'], ['b', 'b1'], ['a', 'a2'], ['c', 'c1'], ['a', 'a3'], ['b', 'b2']]) {
        broker.append(topic, k, v);
        broker.append(`${topic}.dlq`, k, v);
      }
      const endsBefore = ends(broker, topic);

      expect(broker.compact()).toBe(3);
      expect(log(broker, topic)).toEqual(['0@2 c=c1', '0@3 a=a3', '1@1 b=b2']);
      expect(ends(broker, topic)).toEqual(endsBefore);
      // Not marked compacted: untouched, however many records a key has.
      expect(log(broker, `${topic}.dlq`)).toHaveLength(6);
      // Idempotent: nothing superseded is left.
      expect(broker.compact()).toBe(0);
      broker.close();
    });

    it('compacts only the topic it is asked to, and never a topic that is not marked', () => {
      const broker = new EmbeddedBroker({ file: ':memory:', partitions: 1 });
      broker.markCompacted([topic, 'other.entity.changed.v1']);
      for (const t of [topic, 'other.entity.changed.v1', 'plain.topic.v1']) for (const v of ['1', '2']) broker.append(t, 'k', v);

      expect(broker.compact('plain.topic.v1')).toBe(0);
      expect(broker.compact(topic)).toBe(1);
      expect(log(broker, topic)).toEqual(['0@1 k=2']);
      expect(log(broker, 'other.entity.changed.v1')).toEqual(['0@0 k=1', '0@1 k=2']);
      expect(broker.compact()).toBe(1);
      expect(log(broker, 'plain.topic.v1')).toEqual(['0@0 k=1', '0@1 k=2']);
      broker.close();
    });

    it('leaves a committed offset valid: the group goes on with the surviving later records', async () => {
      const broker = new EmbeddedBroker({ file: ':memory:', partitions: 1 });
      broker.markCompacted([topic]);
      for (const [k, v] of [['k', 'v1'], ['k', 'v2'], ['j', 'w1'], ['k', 'v3'], ['j', 'w2']]) broker.append(topic, k, v);
      broker.commit('g', topic, 0, 2); // v1 and v2 were consumed

      expect(broker.compact()).toBe(3); // offsets 0, 1 and 2, including the committed offset itself
      expect(broker.committedOffset('g', topic, 0)).toBe(2);
      expect(broker.read(topic, 0, 2, 10).map((r) => `${r.offset} ${r.value}`)).toEqual(['3 v3', '4 w2']);

      const seen: string[] = [];
      const consumer = new EmbeddedConsumer(broker, 'g', topic, async (r) => void seen.push(r.value));
      consumer.start();
      await waitFor(() => broker.lag('g', [topic]) === 0, 'the group to catch up');
      await consumer.stop();
      expect(seen).toEqual(['v3', 'w2']);
      expect(broker.committedOffset('g', topic, 0)).toBe(5);
      broker.close();
    });

    it('remembers compacted topics across a reopen of the same file', () => {
      const file = join(dir, 'bus.sqlite');
      // Key b is on partition 0 of 1 and on partition 1 of 2: a reopen with more partitions
      // leaves one old record of b in partition 0 that nothing later in partition 0 supersedes.
      const first = new EmbeddedBroker({ file, partitions: 1 });
      first.markCompacted([topic]);
      first.append(topic, 'b', 'old');
      first.append(topic, 'y', 'y1');
      first.close();

      const second = new EmbeddedBroker({ file, partitions: 2 });
      expect(second.compactedTopics()).toEqual([topic]);
      for (const v of ['new', 'newer']) second.append(topic, 'b', v);
      second.append(topic, 'y', 'y2');
      second.append(`${topic}.dlq`, 'y', 'dead');
      second.append(`${topic}.dlq`, 'y', 'dead again');

      expect(second.compact()).toBe(2);
      expect(log(second, topic)).toEqual(['0@0 b=old', '0@2 y=y2', '1@1 b=newer']);
      expect(log(second, `${topic}.dlq`)).toHaveLength(2);
      second.close();
    });

    it('keeps superseded records younger than compactionMinAgeMs', () => {
      const now = jest.spyOn(Date, 'now');
      try {
        const broker = new EmbeddedBroker({ file: ':memory:', partitions: 1, compactionMinAgeMs: 1000 });
        broker.markCompacted([topic]);
        now.mockReturnValue(1_000_000);
        broker.append(topic, 'k', 'v1');
        now.mockReturnValue(1_000_500);
        broker.append(topic, 'k', 'v2');
        broker.append(topic, 'k', 'v3');

        now.mockReturnValue(1_000_900);
        expect(broker.compact()).toBe(0);
        now.mockReturnValue(1_001_000);
        expect(broker.compact()).toBe(1);
        expect(log(broker, topic)).toEqual(['0@1 k=v2', '0@2 k=v3']);
        now.mockReturnValue(1_001_500);
        expect(broker.compact()).toBe(1);
        expect(log(broker, topic)).toEqual(['0@2 k=v3']);
        broker.close();
      } finally {
        now.mockRestore();
      }
    });

    it('is set up by the transport: ensureTopics compacts entity topics at once, then on a timer', async () => {
      const bus = new EmbeddedBusTransport({ file: ':memory:', partitions: 1, compactionIntervalMs: 20 });
      for (const v of ['1', '2', '3']) {
        bus.broker.append(topic, 'k', v);
        bus.broker.append('plain.topic.v1', 'k', v);
      }
      await bus.ensureTopics([
        { topic, compacted: true },
        { topic: 'plain.topic.v1', compacted: false },
      ]);
      expect(bus.broker.compactedTopics()).toEqual([topic]);
      expect(log(bus.broker, topic)).toEqual(['0@2 k=3']);
      expect(log(bus.broker, 'plain.topic.v1')).toHaveLength(3);

      bus.broker.append(topic, 'k', '4');
      await waitFor(() => log(bus.broker, topic).length === 1, 'the periodic compaction');
      expect(log(bus.broker, topic)).toEqual(['0@3 k=4']);
      await bus.close();
    });
  });
});
