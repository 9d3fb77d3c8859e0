import { randomUUID } from 'node:crypto';
import { ConfigResourceTypes, Kafka } from 'kafkajs';
import { waitFor } from '@fhk/shared/util';
import { BusPublisher } from '@fhk/platform/bus';
import { describeBusContract } from '@fhk/platform/bus/testing';
import { KafkaBusTransport } from './kafka-bus.transport';

// The bus contract on a real broker (npm run kafka:start; CI starts one); skipped, saying so, without KAFKA_BROKERS.
const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
// process.stdout, not console.log: Jest drops the console output of a suite whose tests are all skipped.
if (brokers.length === 0) process.stdout.write('KAFKA_BROKERS not set: Kafka bus contract run skipped (npm run kafka:start starts a local broker)\n');
const describeKafka = brokers.length > 0 ? describe : describe.skip;
describeKafka('against a real Kafka', () => {
  const namespace = `contract-${randomUUID().slice(0, 8)}`;
  describeBusContract('kafka', async () => new KafkaBusTransport({ brokers, clientId: 'bus-contract', namespace }));

  it('creates compacted topics for entity state and keeps facts and dead letters without a time limit', async () => {
    const transport = new KafkaBusTransport({ brokers, clientId: 'bus-retention', namespace: `${namespace}-retention` });
    const admin = new Kafka({ brokers, clientId: 'bus-retention-check' }).admin();
    try {
      await transport.ensureTopics([
        { topic: 'contract.state.changed.v1', compacted: true },
        { topic: 'contract.fact.recorded.v1', compacted: false },
      ]);
      await admin.connect();
      const wired = (topic: string) => `${namespace}-retention.${topic}`;
      const names = ['contract.state.changed.v1', 'contract.fact.recorded.v1', 'contract.fact.recorded.v1.dlq', 'contract.state.changed.v1.dlq'].map(wired);
      const topics = await admin.listTopics();
      expect(topics).toEqual(expect.arrayContaining(names));
      const described = await admin.describeConfigs({ includeSynonyms: false, resources: names.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['cleanup.policy', 'retention.ms'] })) });
      const config = Object.fromEntries(described.resources.map((r) => [r.resourceName, Object.fromEntries(r.configEntries.map((e) => [e.configName, e.configValue]))]));
      expect(config[names[0]]['cleanup.policy']).toBe('compact');
      for (const fact of names.slice(1)) expect(config[fact]).toMatchObject({ 'cleanup.policy': 'delete', 'retention.ms': '-1' });
    } finally {
      await Promise.all([admin.disconnect(), transport.close()]);
    }
  });

  it('keeps namespaces apart on one broker: the same topic and group names, separate messages and offsets', async () => {
    const [a, b] = ['a', 'b'].map((n) => new KafkaBusTransport({ brokers, clientId: `bus-ns-${n}`, namespace: `${namespace}-${n}` }));
    const topic = 'contract.namespace.happened.v1';
    try {
      await a.ensureTopics([{ topic, compacted: false }]);
      await b.ensureTopics([{ topic, compacted: false }]);
      const publisher = new BusPublisher(a.createPublisherClient());
      await publisher.publish(topic, { key: 'k', value: JSON.stringify({ from: 'a' }), headers: {} });
      await publisher.close();
      const inA: unknown[] = [];
      const inB: unknown[] = [];
      await a.replay([topic], async (m) => void inA.push(m.value));
      await b.replay([topic], async (m) => void inB.push(m.value));
      expect(inA).toEqual([{ from: 'a' }]);
      expect(inB).toEqual([]);
      await waitFor(async () => (await b.lag('g', [topic])) === 0, 'no lag in the other namespace');
      expect(await a.lag('g', [topic])).toBe(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
