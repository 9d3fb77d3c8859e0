import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { EmbeddedBroker, BrokerRecord } from './embedded-broker';
import { EmbeddedBusContext } from './embedded-bus.context';
import { DeliveryFaults, EmbeddedConsumer } from './embedded-consumer';
import { decodeMessageValue } from '@fhk/platform/bus';

export const EMBEDDED_BUS_TRANSPORT = Symbol('EMBEDDED_BUS_TRANSPORT');

export interface EmbeddedBusServerOptions {
  /** The consumer group of this server's handlers (one server per service). */
  group: string;
  faults?: DeliveryFaults;
  retryBackoffMs?: { initial: number; max: number };
}

/**
 * Nest custom transport over the embedded broker: events only (`@EventPattern`), one consumer
 * per subscribed topic, the same JSON value decoding as the Kafka adapter.
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
        const consumer = new EmbeddedConsumer(this.broker, this.options.group, topic, (r) => this.dispatch(handler, r), {
          faults: this.options.faults,
          retryBackoffMs: this.options.retryBackoffMs,
          logger: { warn: (m) => this.logger.warn?.(m) },
        });
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

  private async dispatch(handler: MessageHandler, record: BrokerRecord): Promise<void> {
    const context = new EmbeddedBusContext([record, this.options.group]);
    const result = await handler(decodeMessageValue(record.value), context);
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }
}
