import { ClientProxy } from '@nestjs/microservices';
import { BusHealth, BusTransport, TopicSpec } from '../bus-transport.port';
import { EmbeddedBroker, EmbeddedBrokerOptions } from './embedded-broker';
import { EmbeddedBusClient } from './embedded-bus.client';
import { EmbeddedBusServer } from './embedded-bus.server';
import { DeliveryFaults } from './embedded-consumer';

export interface EmbeddedBusTransportOptions extends EmbeddedBrokerOptions {
  faults?: DeliveryFaults;
  retryBackoffMs?: { initial: number; max: number };
}

/** The in-process bus: one durable broker per process, shared by all services in it. */
export class EmbeddedBusTransport implements BusTransport {
  readonly adapter = 'embedded' as const;
  readonly broker: EmbeddedBroker;
  private readonly servers: EmbeddedBusServer[] = [];

  constructor(private readonly options: EmbeddedBusTransportOptions) {
    this.broker = new EmbeddedBroker(options);
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

  async ensureTopics(_topics: TopicSpec[]): Promise<void> {
    // Topics exist as soon as something is appended; partitions are fixed per broker.
  }

  async lag(group: string, topics: string[]): Promise<number> {
    return this.broker.lag(group, topics);
  }

  async health(): Promise<BusHealth> {
    return {
      ok: this.broker.isOpen,
      adapter: 'embedded',
      detail: this.broker.isOpen ? `log ${this.options.file}, ${this.broker.partitions} partitions per topic` : 'closed',
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.servers.map((s) => s.close()));
    this.broker.close();
  }
}
