import { BusPublisher } from '@fhk/platform/bus';
import { DocumentStore } from '@fhk/platform/store';
import { setTimeout as sleep } from 'node:timers/promises';
import { OUTBOX_COLLECTION } from './outbox.collections';
import { OutboxRecord } from './outbox-record';

export interface RelayLogger {
  warn(message: string): void;
  error(message: string): void;
}

export interface OutboxRelayOptions {
  /** How often to look when nobody called `notify()` (ms). */
  pollMs: number;
  batchSize?: number;
  /** Sent records are kept this long for audit, then pruned (ms). */
  retainSentMs?: number;
  logger?: RelayLogger;
}

/**
 * Publishes a service's pending outbox records in creation order and marks them sent. A record
 * is marked only after the broker acknowledged it (a batch's marks in one commit), so a crash in
 * between re-publishes it (the consumers deduplicate); after a restart the relay simply carries on with what is pending.
 * One relay per store: publishing is sequential, so events of one key keep their order.
 */
export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private pendingWake = false;
  private lastPrune = 0;
  private published = 0;

  constructor(
    private readonly store: DocumentStore,
    private readonly publisher: BusPublisher,
    private readonly options: OutboxRelayOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Call after committing outbox records: the relay publishes them now instead of at the next poll. */
  notify(): void {
    this.pendingWake = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  /** Publishes everything pending now; resolves with how many were published. */
  async drain(): Promise<number> {
    let total = 0;
    for (let n = await this.publishBatch(); n > 0; n = await this.publishBatch()) total += n;
    return total;
  }

  get publishedCount(): number {
    return this.published;
  }

  async pendingCount(): Promise<number> {
    return this.store.count(OUTBOX_COLLECTION, { status: 'pending' });
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        this.pendingWake = false;
        const published = await this.publishBatch();
        failures = 0;
        await this.pruneSent();
        if (published > 0 || this.pendingWake) continue;
      } catch (error) {
        failures++;
        this.options.logger?.warn(`outbox relay: publish failed (attempt ${failures}), retrying: ${(error as Error).message}`);
        await sleep(Math.min(5000, 100 * 2 ** Math.min(failures, 6)));
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, this.options.pollMs);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.wake = done;
      });
      this.wake = null;
    }
  }

  private async publishBatch(): Promise<number> {
    const pending = await this.store.find<OutboxRecord>(OUTBOX_COLLECTION, {
      where: { status: 'pending' },
      orderBy: [['id', 'asc']],
      limit: this.options.batchSize ?? 200,
    });
    // Published in order (the embedded bus appends the whole batch in one durable commit; Kafka one
    // acknowledged send each), the acknowledged ones marked sent in one commit: a crash before that
    // commit re-publishes them, which consumers deduplicate (one commit a batch, not a record).
    let acknowledged = 0;
    try {
      await this.publisher.publishAll(
        pending.map((record) => ({ topic: record.topic, message: { key: record.key, value: record.value, headers: record.headers } })),
        (count) => (acknowledged = count),
      );
    } finally {
      if (acknowledged > 0) {
        const sentAt = new Date().toISOString();
        const sent = pending.slice(0, acknowledged).map((record): OutboxRecord => ({ ...record, status: 'sent', sentAt }));
        await this.store.commit(sent.map((document) => ({ op: 'put' as const, collection: OUTBOX_COLLECTION, document })));
        this.published += sent.length;
      }
    }
    return pending.length;
  }

  private async pruneSent(): Promise<void> {
    const retain = this.options.retainSentMs ?? 24 * 3600_000;
    if (Date.now() - this.lastPrune < Math.min(retain, 60_000)) return;
    this.lastPrune = Date.now();
    const before = new Date(Date.now() - retain).toISOString();
    await this.store.commit([
      { op: 'deleteWhere', collection: OUTBOX_COLLECTION, where: { status: 'sent', sentAt: { $lt: before } } },
    ]);
  }
}
