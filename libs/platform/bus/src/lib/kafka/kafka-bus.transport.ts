import { ClientKafka, ClientProxy, CustomTransportStrategy, Server, ServerKafka } from '@nestjs/microservices';
import { Admin, Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { BusHealth, BusTransport, ReplayProgress, RetainedMessage, TopicSpec } from '../bus-transport.port';
import { decodeMessageValue } from '../message-codec';

export interface KafkaBusTransportOptions {
  brokers: string[];
  clientId: string;
  partitions?: number;
  replicationFactor?: number;
}

/**
 * Kafka through @nestjs/microservices. Kept deliberately small: it only runs against a real
 * broker, and the bus contract suite exercises it whenever KAFKA_BROKERS is set.
 * - producer: idempotent, producer-only (joins no group), topics never auto-created;
 * - consumer: one group per service, `maxWaitTimeInMs` low so events are not held for seconds,
 *   values decoded by the same codec as the embedded bus (`keepBinary` + our deserializer).
 */
export class KafkaBusTransport implements BusTransport {
  readonly adapter = 'kafka' as const;
  private readonly kafka: Kafka;
  private admin: Admin | null = null;

  constructor(private readonly options: KafkaBusTransportOptions) {
    this.kafka = new Kafka({ clientId: `${options.clientId}-admin`, brokers: options.brokers, logLevel: logLevel.WARN });
  }

  // Nest types ClientKafka/ServerKafka with a narrower status type than the port's; the casts only widen it.
  createPublisherClient(): ClientProxy {
    const client = new ClientKafka({
      client: { clientId: `${this.options.clientId}-producer`, brokers: this.options.brokers },
      producer: { idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false },
      producerOnlyMode: true,
    });
    return client as unknown as ClientProxy;
  }

  createConsumerServer(group: string): Server & CustomTransportStrategy {
    const server = new ServerKafka({
      client: { clientId: `${this.options.clientId}-${group}`, brokers: this.options.brokers },
      consumer: { groupId: group, maxWaitTimeInMs: 100, allowAutoTopicCreation: false },
      subscribe: { fromBeginning: true },
      run: { autoCommit: true },
      postfixId: '',
      parser: { keepBinary: true },
      deserializer: {
        deserialize: (message: { value?: Buffer | string | null }, options?: { channel?: string }) => ({
          pattern: options?.channel ?? '',
          data: decodeMessageValue(message.value),
        }),
      },
    });
    return server as unknown as Server & CustomTransportStrategy;
  }

  async ensureTopics(topics: TopicSpec[]): Promise<void> {
    const admin = await this.connectedAdmin();
    const existing = new Set(await admin.listTopics());
    const wanted = topics.flatMap((t) => [t, { topic: `${t.topic}.dlq`, compacted: false }]);
    const missing = wanted.filter((t) => !existing.has(t.topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((t) => ({
        topic: t.topic,
        numPartitions: this.options.partitions ?? 4,
        replicationFactor: this.options.replicationFactor ?? 1,
        configEntries: t.compacted ? [{ name: 'cleanup.policy', value: 'compact' }] : [],
      })),
    });
  }

  /**
   * A throwaway consumer group reads the topics from the beginning up to the high watermarks
   * taken first, commits nothing, then is deleted. (kafkajs has no manual partition assignment.)
   */
  async replay(topics: string[], handle: (message: RetainedMessage) => Promise<void>, progress?: ReplayProgress): Promise<{ messages: number }> {
    const admin = await this.connectedAdmin();
    const pending = new Map<string, { low: number; high: number }>();
    for (const topic of topics) {
      for (const { partition, low, high } of await admin.fetchTopicOffsets(topic)) {
        if (Number(high) > Number(low)) pending.set(`${topic}/${partition}`, { low: Number(low), high: Number(high) });
      }
    }
    const end = [...pending.values()].reduce((sum, p) => sum + p.high - p.low, 0);
    if (end === 0) return { messages: 0 };
    const covered = new Map<string, number>();
    let messages = 0;
    const groupId = `${this.options.clientId}-replay-${randomUUID()}`;
    const consumer = this.kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        let settled = false;
        const fail = (error: unknown) => {
          if (!settled) reject(error);
          settled = true;
        };
        consumer.on(consumer.events.CRASH, ({ payload }) => fail(payload.error));
        consumer
          .run({
            autoCommit: false,
            eachMessage: async ({ topic, partition, message }) => {
              const slot = `${topic}/${partition}`;
              const range = pending.get(slot);
              const offset = Number(message.offset);
              if (settled || !range || offset >= range.high) return; // outside the snapshot
              try {
                await handle({ topic, partition, offset, key: message.key?.toString('utf8') ?? '', value: decodeMessageValue(message.value) });
              } catch (error) {
                return fail(error);
              }
              messages++;
              covered.set(slot, offset + 1 - range.low);
              progress?.([...covered.values()].reduce((a, b) => a + b, 0), end);
              if (offset + 1 >= range.high) pending.delete(slot);
              if (pending.size === 0 && !settled) {
                settled = true;
                resolve();
              }
            },
          })
          .catch(fail);
      });
    } finally {
      await consumer.disconnect();
      await admin.deleteGroups([groupId]).catch(() => undefined); // best effort: it committed nothing
    }
    return { messages };
  }

  async lag(group: string, topics: string[]): Promise<number> {
    const admin = await this.connectedAdmin();
    let lag = 0;
    const committed = await admin.fetchOffsets({ groupId: group, topics });
    for (const { topic, partitions } of committed) {
      const ends = await admin.fetchTopicOffsets(topic);
      for (const end of ends) {
        const done = Number(partitions.find((p) => p.partition === end.partition)?.offset ?? -1);
        lag += Number(end.high) - Math.max(done, Number(end.low));
      }
    }
    return lag;
  }

  async health(): Promise<BusHealth> {
    try {
      const cluster = await (await this.connectedAdmin()).describeCluster();
      return { ok: true, adapter: 'kafka', detail: `${cluster.brokers.length} broker(s), controller ${cluster.controller}` };
    } catch (error) {
      return { ok: false, adapter: 'kafka', detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    await this.admin?.disconnect();
    this.admin = null;
  }

  private async connectedAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    return this.admin;
  }
}
