import { ClientKafka, ClientProxy, CustomTransportStrategy, KafkaContext, MessageHandler, ReadPacket, Server, ServerKafka } from '@nestjs/microservices';
import { Admin, IHeaders, Kafka, logLevel, Partitioners } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { BusHealth, BusTransport, ReplayProgress, RetainedMessage, TopicSpec, decodeMessageValue, registerMessageHeaderReader } from '@fhk/platform/bus';

export interface KafkaBusTransportOptions {
  brokers: string[];
  clientId: string;
  partitions?: number;
  replicationFactor?: number;
  /**
   * Prefix of every topic and consumer group on the broker (`<namespace>.<topic>`), so runs that
   * share one broker (test runs, CI) never see each other's messages or offsets. Services, topics
   * in code and `.dlq` names stay as they are; only the names on the wire change.
   */
  namespace?: string;
  /** Fault injection for tests: publish each message this many times (duplicates in the log). */
  faults?: { copies?: (topic: string) => number };
}

/** Broker answers that mean "your metadata is out of date": worth a retry with fresh metadata. */
const STALE_METADATA = ['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE', 'NOT_LEADER_FOR_PARTITION'];
const STALE_METADATA_ATTEMPTS = 8;

/** Kafka header values (Buffer, string, arrays of them) as one string each. */
export function kafkaHeadersToStrings(raw: IHeaders | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    if (value === undefined || value === null) continue;
    headers[name] = (Array.isArray(value) ? value : [value]).map((v) => v.toString()).join(',');
  }
  return headers;
}

/** A ClientKafka that publishes to the namespaced topic, `copies` times (fault tests). */
class NamespacedClientKafka extends ClientKafka {
  constructor(
    options: ConstructorParameters<typeof ClientKafka>[0],
    private readonly wire: (topic: string) => string,
    private readonly copies: (topic: string) => number,
  ) {
    super(options);
  }

  protected override async dispatchEvent(packet: ReadPacket): Promise<unknown> {
    const topic = this.normalizePattern(packet.pattern);
    let result: unknown;
    for (let n = this.copies(topic); n > 0; n--) result = await super.dispatchEvent({ ...packet, pattern: this.wire(topic) });
    return result;
  }
}

/** A ServerKafka whose `@EventPattern(topic)` handlers subscribe to the namespaced topic. */
class NamespacedServerKafka extends ServerKafka {
  constructor(
    options: ConstructorParameters<typeof ServerKafka>[0],
    private readonly wire: (topic: string) => string,
  ) {
    super(options);
  }

  override addHandler(pattern: unknown, callback: MessageHandler, isEventHandler?: boolean, extras?: Record<string, unknown>): void {
    super.addHandler(typeof pattern === 'string' ? this.wire(pattern) : pattern, callback, isEventHandler, extras);
  }
}

/**
 * Kafka through @nestjs/microservices. Kept deliberately small: it only runs against a real
 * broker, and the bus contract suite exercises it whenever KAFKA_BROKERS is set.
 * - producer: idempotent, producer-only (joins no group), topics never auto-created;
 * - consumer: one group per service, `maxWaitTimeInMs` low so events are not held for seconds,
 *   values decoded by the same codec as the embedded bus (`keepBinary` + our deserializer).
 */
/**
 * Entity-state topics are compacted (the latest record per key is the state; compaction deletes by
 * key, never by age). Every other topic carries facts that count one by one (match feedback) or
 * dead letters waiting for someone: kept without a time limit (`retention.ms=-1`) instead of the
 * broker's default week, so a rebuild from the log restores all of them (ADR 0012).
 */
function topicConfig(compacted: boolean): { name: string; value: string }[] {
  return compacted ? [{ name: 'cleanup.policy', value: 'compact' }] : [{ name: 'retention.ms', value: '-1' }];
}

export class KafkaBusTransport implements BusTransport {
  readonly adapter = 'kafka' as const;
  private readonly kafka: Kafka;
  private admin: Admin | null = null;
  private readonly prefix: string;

  constructor(private readonly options: KafkaBusTransportOptions) {
    this.kafka = new Kafka({ clientId: `${options.clientId}-admin`, brokers: options.brokers, logLevel: logLevel.WARN });
    this.prefix = options.namespace ? `${options.namespace}.` : '';
  }

  /** The name of a topic or group on the broker. */
  private readonly wire = (name: string): string => `${this.prefix}${name}`;
  /** The name code knows for a topic read from the broker. */
  private readonly unwire = (name: string): string => (name.startsWith(this.prefix) ? name.slice(this.prefix.length) : name);

  // Nest types ClientKafka/ServerKafka with a narrower status type than the port's; the casts only widen it.
  createPublisherClient(): ClientProxy {
    const client = new NamespacedClientKafka(
      {
        client: { clientId: `${this.options.clientId}-producer`, brokers: this.options.brokers },
        // The default (murmur2, Java-compatible) partitioner, named so kafkajs does not warn about its v2 change.
        producer: { idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner },
        producerOnlyMode: true,
      },
      this.wire,
      this.options.faults?.copies ?? (() => 1),
    );
    return client as unknown as ClientProxy;
  }

  createConsumerServer(group: string): Server & CustomTransportStrategy {
    const server = new NamespacedServerKafka(
      {
        client: { clientId: `${this.options.clientId}-${group}`, brokers: this.options.brokers },
        consumer: { groupId: this.wire(group), maxWaitTimeInMs: 100, allowAutoTopicCreation: false },
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
      },
      this.wire,
    );
    return server as unknown as Server & CustomTransportStrategy;
  }

  async ensureTopics(topics: TopicSpec[]): Promise<void> {
    const admin = await this.connectedAdmin();
    const existing = new Set(await admin.listTopics());
    const wanted = topics.flatMap((t) => [
      { topic: this.wire(t.topic), compacted: t.compacted },
      { topic: this.wire(`${t.topic}.dlq`), compacted: false },
    ]);
    const missing = wanted.filter((t) => !existing.has(t.topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((t) => ({
        topic: t.topic,
        numPartitions: this.options.partitions ?? 4,
        replicationFactor: this.options.replicationFactor ?? 1,
        configEntries: topicConfig(t.compacted),
      })),
    });
  }

  /**
   * A throwaway consumer group reads the topics from the beginning up to the high watermarks
   * taken first, commits nothing, then is deleted. (kafkajs has no manual partition assignment.)
   */
  async replay(topics: string[], handle: (message: RetainedMessage) => Promise<void>, progress?: ReplayProgress): Promise<{ messages: number }> {
    const pending = new Map<string, { low: number; high: number }>();
    const wired = topics.map(this.wire);
    for (const topic of wired) {
      for (const { partition, low, high } of await this.withAdmin((admin) => admin.fetchTopicOffsets(topic))) {
        if (Number(high) > Number(low)) pending.set(`${topic}/${partition}`, { low: Number(low), high: Number(high) });
      }
    }
    const admin = await this.connectedAdmin();
    const end = [...pending.values()].reduce((sum, p) => sum + p.high - p.low, 0);
    if (end === 0) return { messages: 0 };
    const covered = new Map<string, number>();
    let messages = 0;
    const groupId = this.wire(`${this.options.clientId}-replay-${randomUUID()}`);
    const consumer = this.kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: wired, fromBeginning: true });
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
                await handle({
                  topic: this.unwire(topic),
                  partition,
                  offset,
                  key: message.key?.toString('utf8') ?? '',
                  value: decodeMessageValue(message.value),
                  headers: kafkaHeadersToStrings(message.headers),
                });
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
    let lag = 0;
    const committed = await this.withAdmin((admin) => admin.fetchOffsets({ groupId: this.wire(group), topics: topics.map(this.wire) }));
    for (const { topic, partitions } of committed) {
      const ends = await this.withAdmin((admin) => admin.fetchTopicOffsets(topic));
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

  /**
   * Runs an admin call, again with fresh metadata when the broker says the admin's is stale (a
   * topic just created, a leader moved): kafkajs gives up on NOT_LEADER_FOR_PARTITION without
   * refreshing, so a new admin (new metadata) takes the old one's place; the old one is
   * disconnected a little later, once calls still using it have had time to finish.
   */
  private async withAdmin<T>(call: (admin: Admin) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const admin = await this.connectedAdmin();
      try {
        return await call(admin);
      } catch (error) {
        if (attempt >= STALE_METADATA_ATTEMPTS || !STALE_METADATA.includes((error as { type?: string }).type ?? '')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        if (this.admin === admin) {
          this.admin = null;
          setTimeout(() => void admin.disconnect().catch(() => undefined), 5_000).unref();
        }
      }
    }
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

registerMessageHeaderReader((context) => (context instanceof KafkaContext ? kafkaHeadersToStrings(context.getMessage().headers) : undefined));
