import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { EmbeddedBroker, BrokerRecord } from './embedded-broker';
import { EmbeddedBusContext } from './embedded-bus.context';
import { DeliveryFaults, EmbeddedConsumer } from './embedded-consumer';
import { BATCH_DELIVERY, decodeMessageValue, MessageBatch } from '@fhk/platform/bus';

export const EMBEDDED_BUS_TRANSPORT = Symbol('EMBEDDED_BUS_TRANSPORT');

export interface EmbeddedBusServerOptions {
  /** The consumer group of this server's handlers (one server per service). */
  group: string;
  faults?: DeliveryFaults;
  retryBackoffMs?: { initial: number; max: number };
}

/**
 * Nest custom transport over the embedded broker: events only (`@EventPattern`), one consumer
 * per subscribed topic, the same JSON value decoding as the Kafka adapter. Handlers registered
 * with `BATCH_DELIVERY` get each batch read from a partition as one `MessageBatch`.
 */
export class EmbeddedBusServer extends Server implements CustomTransportStrategy {
  override readonly transportId = EMBEDDED_BUS_TRANSPORT;
  private consumers: EmbeddedConsumer[] = [];

  constructor(
    private readonly broker: EmbeddedBroker,
    private readonly options: EmbeddedBusServerOptions,
  ) {
    super();
  }

  listen(callback: (...optionalParams: unknown[]) => void): void {
    try {
      for (const [topic, handler] of this.getHandlers()) {
        if (!handler.isEventHandler) {
          throw new Error(`embedded bus carries events only: use @EventPattern for ${topic}, not @MessagePattern`);
        }
        const batches = handler.extras?.batch === BATCH_DELIVERY.batch;
        const consumer = new EmbeddedConsumer(
          this.broker,
          this.options.group,
          topic,
          (r) => (batches ? this.dispatchBatch(handler, [r]) : this.dispatch(handler, r)),
          {
            faults: this.options.faults,
            retryBackoffMs: this.options.retryBackoffMs,
            logger: { warn: (m) => this.logger.warn?.(m) },
          },
          batches ? (records) => this.dispatchBatch(handler, records) : undefined,
        );
        consumer.start();
        this.consumers.push(consumer);
      }
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    const consumers = this.consumers;
    this.consumers = [];
    await Promise.all(consumers.map((c) => c.stop()));
  }

  /** The topics this server consumes (for lag reporting). */
  subscribedTopics(): string[] {
    return [...this.getHandlers().keys()];
  }

  on(): void {
    // The embedded broker has no connection events.
  }

  unwrap<T>(): T {
    return this.broker as T;
  }

  /** A handler registered with BATCH_DELIVERY gets a MessageBatch (one record is a batch of one). */
  private async dispatchBatch(handler: MessageHandler, records: BrokerRecord[]): Promise<void> {
    const batch = new MessageBatch(records.map((r) => ({ value: decodeMessageValue(r.value), headers: r.headers })));
    const result = await handler(batch, new EmbeddedBusContext([records[0], this.options.group]));
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }

  private async dispatch(handler: MessageHandler, record: BrokerRecord): Promise<void> {
    const context = new EmbeddedBusContext([record, this.options.group]);
    const result = await handler(decodeMessageValue(record.value), context);
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }
}
