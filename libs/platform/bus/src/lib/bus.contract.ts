import { INestMicroservice, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { BusPublisher, BusTransport } from './bus-transport.port';
import { ContractMessage, recordingConsumer } from './testing/recording-consumer';
import { waitFor } from '@fhk/shared/util';

type Received = Array<{ topic: string; message: ContractMessage; headers?: Record<string, string> }>;

/**
 * The bus contract, written once and run against every adapter: per-key order, one delivery
 * per consumer group, fan-out across groups, JSON round-trip, redelivery of a failed message
 * without overtaking it, and resumption from the committed offset after a restart.
 */
export function describeBusContract(label: string, makeTransport: () => Promise<BusTransport>): void {
  describe(`bus contract: ${label}`, () => {
    let transport: BusTransport;
    let publisher: BusPublisher;
    const apps: INestMicroservice[] = [];
    const run = randomUUID().slice(0, 8);
    let n = 0;
    const freshTopic = () => `contract.r${run}t${++n}.happened.v1`;

    const startConsumer = async (group: string, topics: string[], log: Received, batches = false) => {
      const moduleRef = await Test.createTestingModule({
        controllers: [recordingConsumer(topics, log, batches) as Type<unknown>],
      }).compile();
      const app = moduleRef.createNestMicroservice({ strategy: transport.createConsumerServer(group), logger: false });
      await app.listen();
      apps.push(app);
      return app;
    };
    const publish = (topic: string, message: ContractMessage) =>
      publisher.publish(topic, { key: message.key, value: JSON.stringify(message), headers: { 'ce_type': topic } });

    beforeAll(async () => {
      transport = await makeTransport();
      publisher = new BusPublisher(transport.createPublisherClient());
    });
    afterEach(async () => {
      await Promise.all(apps.splice(0).map((a) => a.close()));
    });
    afterAll(async () => {
      await publisher.close();
      await transport.close();
    });

    it('delivers every message once to a group, in order per key, with the JSON intact', async () => {
      const topic = freshTopic();
      await transport.ensureTopics([{ topic, compacted: false }]);
      const log: Received = [];
      await startConsumer(`g-${run}-order`, [topic], log);
      const keys = ['enterprise-a', 'enterprise-b', '企業-丙', 'enterprise-d', 'enterprise-e'];
      const body = { name: '安溪鐵觀音茶業', needs: ['資金池', 'cash pooling'], employees: 40, nested: { ok: true, none: null } };
      for (let seq = 0; seq < 60; seq++) await publish(topic, { key: keys[seq % keys.length], seq, body });

      await waitFor(() => log.length >= 60, '60 deliveries');
      expect(log).toHaveLength(60);
      for (const key of keys) {
        const seqs = log.filter((r) => r.message.key === key).map((r) => r.message.seq);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        expect(seqs).toHaveLength(12);
      }
      expect(log[0].message.body).toEqual(body);
    });

    it('shares a group between its members and fans out to every other group', async () => {
      const topic = freshTopic();
      await transport.ensureTopics([{ topic, compacted: false }]);
      const sharedLog: Received = [];
      const otherLog: Received = [];
      await startConsumer(`g-${run}-shared`, [topic], sharedLog);
      await startConsumer(`g-${run}-shared`, [topic], sharedLog);
      await startConsumer(`g-${run}-other`, [topic], otherLog);
      for (let seq = 0; seq < 20; seq++) await publish(topic, { key: `k${seq % 7}`, seq });

      await waitFor(() => sharedLog.length >= 20 && otherLog.length >= 20, 'both groups');
      await new Promise((r) => setTimeout(r, 300));
      expect(sharedLog.map((r) => r.message.seq).sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
      expect(otherLog).toHaveLength(20);
    });

    it('redelivers a message whose handler threw, and later messages of that key wait for it', async () => {
      const topic = freshTopic();
      await transport.ensureTopics([{ topic, compacted: false }]);
      const log: Received = [];
      await startConsumer(`g-${run}-retry`, [topic], log);
      await publish(topic, { key: 'same', seq: 1, failTimes: 2 });
      await publish(topic, { key: 'same', seq: 2 });

      await waitFor(() => log.length >= 2, 'the failed message and its successor', 20_000);
      expect(log.map((r) => r.message.seq)).toEqual([1, 2]);
    });

    it('hands a BATCH_DELIVERY handler every message once, in order per key, each with its headers; a failed batch comes again', async () => {
      const topic = freshTopic();
      await transport.ensureTopics([{ topic, compacted: false }]);
      const log: Received = [];
      const group = `g-${run}-batches`;
      for (let seq = 0; seq < 40; seq++) await publish(topic, { key: `k${seq % 3}`, seq, ...(seq === 17 ? { failTimes: 1 } : {}) });
      await startConsumer(group, [topic], log, true); // started after publishing: batches wait for it
      await waitFor(() => log.length >= 40, '40 deliveries', 20_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(log.map((r) => r.message.seq).sort((a, b) => a - b)).toEqual([...Array(40).keys()]);
      for (const key of ['k0', 'k1', 'k2']) {
        const seqs = log.filter((r) => r.message.key === key).map((r) => r.message.seq);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      }
      expect(log.every((r) => r.headers?.['ce_type'] === topic)).toBe(true);
      await waitFor(async () => (await transport.lag(group, [topic])) === 0, 'the group to commit');
    });

    it('resumes from the committed offset: a restarted consumer gets only what it had not processed', async () => {
      const topic = freshTopic();
      await transport.ensureTopics([{ topic, compacted: false }]);
      const first: Received = [];
      const group = `g-${run}-resume`;
      const app = await startConsumer(group, [topic], first);
      for (let seq = 0; seq < 5; seq++) await publish(topic, { key: 'k', seq });
      await waitFor(() => first.length >= 5, 'first five');
      await app.close();
      apps.splice(apps.indexOf(app), 1);

      for (let seq = 5; seq < 8; seq++) await publish(topic, { key: 'k', seq });
      const second: Received = [];
      await startConsumer(group, [topic], second);
      await waitFor(() => second.length >= 3, 'the three published while stopped', 20_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(second.map((r) => r.message.seq)).toEqual([5, 6, 7]);
      expect(await transport.lag(group, [topic])).toBe(0);
    });

    it('replays the retained log from the start, in order per key, without touching any group', async () => {
      const topic = freshTopic();
      const other = freshTopic();
      await transport.ensureTopics([{ topic, compacted: false }, { topic: other, compacted: false }]);
      const group = `g-${run}-live`;
      const live: Received = [];
      await startConsumer(group, [topic], live);
      for (let seq = 0; seq < 30; seq++) await publish(seq % 3 === 0 ? other : topic, { key: `k${seq % 4}`, seq });
      await waitFor(() => live.length >= 20, 'the live consumer');

      const replayed: Array<{ topic: string; key: string; seq: number }> = [];
      const positions: number[] = [];
      const result = await transport.replay(
        [topic, other],
        async ({ topic: t, key, value, headers }) => {
          replayed.push({ topic: t, key, seq: (value as ContractMessage).seq });
          expect(headers).toMatchObject({ ce_type: t });
        },
        (position, end) => positions.push(position / end),
      );

      expect(result.messages).toBe(30);
      expect(replayed.map((r) => r.seq).sort((a, b) => a - b)).toEqual([...Array(30).keys()]);
      for (const key of ['k0', 'k1', 'k2', 'k3']) {
        for (const t of [topic, other]) {
          const seqs = replayed.filter((r) => r.key === key && r.topic === t).map((r) => r.seq);
          expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        }
      }
      expect(positions.at(-1)).toBe(1);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      await waitFor(async () => (await transport.lag(group, [topic])) === 0, 'the live group to commit');
      expect(live).toHaveLength(20);
    });

    it('stops a replay at the end it saw when it started, and on the first error of its handler', async () => {
      const topic = freshTopic();
      await transport.ensureTopics([{ topic, compacted: false }]);
      for (let seq = 0; seq < 5; seq++) await publish(topic, { key: 'k', seq });
      const seen: number[] = [];
      await transport.replay([topic], async ({ value }) => {
        const { seq } = value as ContractMessage;
        seen.push(seq);
        if (seq === 0) await publish(topic, { key: 'k', seq: 100 }); // appended after the replay began
      });
      expect(seen).toEqual([0, 1, 2, 3, 4]);

      const failing = transport.replay([topic], async ({ value }) => {
        if ((value as ContractMessage).seq === 2) throw new Error('projection failed at 2');
      });
      await expect(failing).rejects.toThrow('projection failed at 2');
      const empty = freshTopic();
      await transport.ensureTopics([{ topic: empty, compacted: false }]);
      expect((await transport.replay([empty], async () => undefined)).messages).toBe(0);
    });
  });
}
