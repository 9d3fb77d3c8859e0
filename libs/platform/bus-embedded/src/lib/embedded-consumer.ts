import { setTimeout as sleep } from 'node:timers/promises';
import { BrokerRecord, EmbeddedBroker } from './embedded-broker';

export interface ConsumerLogger {
  warn(message: string): void;
}

/** Test hooks that make the embedded bus as unkind as Kafka may be. */
export interface DeliveryFaults {
  /** How many times to deliver this record (2 = a duplicate). Default 1. */
  deliveries?(record: BrokerRecord): number;
}

export interface EmbeddedConsumerOptions {
  batchSize?: number;
  /** Backoff between redeliveries of a record whose handler threw (as Kafka redelivers uncommitted offsets). */
  retryBackoffMs?: { initial: number; max: number };
  faults?: DeliveryFaults;
  logger?: ConsumerLogger;
}

/**
 * Delivers one topic to one consumer group: a loop per partition reads from the group's
 * committed offset, hands each record to `handle` in order, and commits the offsets of the records
 * whose `handle` resolved once per batch read (and before a redelivery wait or a stop).
 * A handler that throws gets the same record again after a backoff (at-least-once, like Kafka);
 * bounding those retries is the job of the reliable-consumer layer above the transport.
 */
export class EmbeddedConsumer {
  private readonly abort = new AbortController();
  private readonly member = Symbol('consumer');
  private loops: Promise<void>[] = [];
  private readonly batchSize: number;
  private readonly backoff: { initial: number; max: number };

  constructor(
    private readonly broker: EmbeddedBroker,
    readonly group: string,
    readonly topic: string,
    private readonly handle: (record: BrokerRecord) => Promise<void>,
    private readonly options: EmbeddedConsumerOptions = {},
    /** When set, each batch read (of more than one record) goes here at once; `handle` takes single records and a failed batch's records. */
    private readonly handleBatch?: (records: BrokerRecord[]) => Promise<void>,
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.backoff = options.retryBackoffMs ?? { initial: 50, max: 2000 };
  }

  start(): void {
    for (let p = 0; p < this.broker.partitions; p++) this.loops.push(this.run(p));
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await Promise.all(this.loops);
    this.loops = [];
  }

  private async run(partition: number): Promise<void> {
    const signal = this.abort.signal;
    if (!(await this.broker.claim(this.group, this.topic, partition, this.member, signal))) return;
    try {
      await this.consume(partition, signal);
    } finally {
      this.broker.release(this.group, this.topic, partition, this.member);
    }
  }

  private async consume(partition: number, signal: AbortSignal): Promise<void> {
    while (!signal.aborted && this.broker.isOpen) {
      const from = this.broker.committedOffset(this.group, this.topic, partition);
      const batch = this.broker.read(this.topic, partition, from, this.batchSize);
      if (batch.length === 0) {
        await this.broker.waitForAppend(this.topic, partition, signal);
        continue;
      }
      // The offset is committed once per batch (one durable write, not one a record), and before
      // any redelivery wait or stop: what a crash loses is redelivered, which consumers deduplicate.
      let handled = from;
      const commitHandled = () => {
        if (handled > from && this.broker.isOpen) this.broker.commit(this.group, this.topic, partition, handled);
      };
      if (this.handleBatch && batch.length > 1) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (signal.aborted || !this.broker.isOpen) return;
        if (await this.deliverBatch(batch)) {
          handled = batch[batch.length - 1].offset + 1;
          commitHandled();
          continue;
        }
        // The batch handler failed: the same records again, one at a time (each retried on its own).
      }
      try {
        for (const record of batch) {
          // Delivery is asynchronous: the publisher has returned before any handler runs.
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (signal.aborted || !(await this.deliver(record, signal, commitHandled))) return;
          if (!this.broker.isOpen) return;
          handled = record.offset + 1;
        }
      } finally {
        commitHandled();
      }
    }
  }

  /** The batch to the batch handler (each record as often as the fault hooks say): true if it succeeded. */
  private async deliverBatch(batch: BrokerRecord[]): Promise<boolean> {
    const records = batch.flatMap((record) => Array.from({ length: Math.max(1, this.options.faults?.deliveries?.(record) ?? 1) }, () => record));
    try {
      await this.handleBatch!(records);
      return true;
    } catch (error) {
      const first = batch[0];
      this.options.logger?.warn(
        `batch handler failed for ${first.topic}[${first.partition}]@${first.offset}+${batch.length}, delivering its records one at a time: ${(error as Error).message}`,
      );
      return false;
    }
  }

  /**
   * True once the handler succeeded; false if stopped while retrying (the offset stays uncommitted).
   * `beforeRetry` runs before the first redelivery wait (commits the records handled before this one).
   */
  private async deliver(record: BrokerRecord, signal: AbortSignal, beforeRetry: () => void): Promise<boolean> {
    const times = Math.max(1, this.options.faults?.deliveries?.(record) ?? 1);
    for (let attempt = 1; ; attempt++) {
      try {
        for (let i = 0; i < times; i++) await this.handle(record);
        return true;
      } catch (error) {
        if (attempt === 1) beforeRetry();
        const delay = Math.min(this.backoff.max, this.backoff.initial * 2 ** (attempt - 1));
        this.options.logger?.warn(
          `handler failed for ${record.topic}[${record.partition}]@${record.offset} (attempt ${attempt}), redelivering in ${delay} ms: ${(error as Error).message}`,
        );
        try {
          await sleep(delay, undefined, { signal });
        } catch {
          return false;
        }
      }
    }
  }
}
