import { ClientProxy } from '@nestjs/microservices';
import { BusHealth, BusTransport, ReplayProgress, RetainedMessage, TopicSpec, decodeMessageValue } from '@fhk/platform/bus';
import { setImmediate } from 'node:timers/promises';
import { EmbeddedBroker, EmbeddedBrokerOptions } from './embedded-broker';
import { EmbeddedBusClient } from './embedded-bus.client';
import { EmbeddedBusServer } from './embedded-bus.server';
import { DeliveryFaults } from './embedded-consumer';

export interface EmbeddedBusTransportOptions extends EmbeddedBrokerOptions {
  faults?: DeliveryFaults;
  retryBackoffMs?: { initial: number; max: number };
  /** How often compacted topics are compacted in the background. Default 10 minutes; 0 disables. */
  compactionIntervalMs?: number;
}

/** The in-process bus: one durable broker per process, shared by all services in it. */
export class EmbeddedBusTransport implements BusTransport {
  readonly adapter = 'embedded' as const;
  readonly broker: EmbeddedBroker;
  private readonly servers: EmbeddedBusServer[] = [];
  private readonly compactionTimer?: NodeJS.Timeout;

  constructor(private readonly options: EmbeddedBusTransportOptions) {
    this.broker = new EmbeddedBroker(options);
    const every = options.compactionIntervalMs ?? 10 * 60_000;
    if (every > 0) {
      this.compactionTimer = setInterval(() => {
        // Housekeeping must not crash the process: report, and the next run tries again.
        try {
          if (this.broker.isOpen) this.broker.compact();
        } catch (error) {
          process.emitWarning(`embedded bus compaction failed: ${(error as Error).message}`);
        }
      }, every);
      this.compactionTimer.unref();
    }
  }

  createPublisherClient(): ClientProxy {
    return new EmbeddedBusClient(this.broker);
  }

  createConsumerServer(group: string): EmbeddedBusServer {
    const server = new EmbeddedBusServer(this.broker, {
      group,
      faults: this.options.faults,
      retryBackoffMs: this.options.retryBackoffMs,
    });
    this.servers.push(server);
    return server;
  }

  async ensureTopics(topics: TopicSpec[]): Promise<void> {
    // Topics exist as soon as something is appended; partitions are fixed per broker. What is
    // left to set up is `cleanup.policy=compact` (`.dlq` twins stay uncompacted, as on Kafka).
    this.broker.markCompacted(topics.filter((t) => t.compacted).map((t) => t.topic));
    this.broker.compact();
  }

  async replay(topics: string[], handle: (message: RetainedMessage) => Promise<void>, progress?: ReplayProgress): Promise<{ messages: number }> {
    const partitions = topics.flatMap((topic) =>
      Array.from({ length: this.broker.partitions }, (_, partition) => ({ topic, partition, end: this.broker.endOffset(topic, partition) })),
    );
    const end = partitions.reduce((sum, p) => sum + p.end, 0);
    let messages = 0;
    let covered = 0;
    for (const { topic, partition, end: partitionEnd } of partitions) {
      for (let from = 0; from < partitionEnd; ) {
        const batch = this.broker.read(topic, partition, from, 500).filter((r) => r.offset < partitionEnd);
        if (batch.length === 0) break;
        for (const record of batch) {
          await handle({ topic, partition, offset: record.offset, key: record.key, value: decodeMessageValue(record.value), headers: { ...record.headers } });
          messages++;
        }
        from = batch[batch.length - 1].offset + 1;
        progress?.(covered + from, end);
        await setImmediate(); // SQLite reads are synchronous: let the process serve requests between batches
      }
      covered += partitionEnd;
    }
    progress?.(end, end);
    return { messages };
  }

  async lag(group: string, topics: string[]): Promise<number> {
    return this.broker.lag(group, topics);
  }

  async health(): Promise<BusHealth> {
    return {
      ok: this.broker.isOpen,
      adapter: 'embedded',
      detail: this.broker.isOpen ? `embedded log, ${this.broker.partitions} partitions per topic` : 'closed',
    };
  }

  async close(): Promise<void> {
    clearInterval(this.compactionTimer);
    await Promise.all(this.servers.map((s) => s.close()));
    this.broker.close();
  }
}
