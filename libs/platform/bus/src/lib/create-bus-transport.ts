import { BusTransport } from './bus-transport.port';
import { EmbeddedBusTransport, EmbeddedBusTransportOptions } from './embedded/embedded-bus.transport';
import { KafkaBusTransport, KafkaBusTransportOptions } from './kafka/kafka-bus.transport';

export type BusTransportOptions =
  | ({ adapter: 'embedded' } & EmbeddedBusTransportOptions)
  | ({ adapter: 'kafka' } & KafkaBusTransportOptions);

export function createBusTransport(options: BusTransportOptions): BusTransport {
  return options.adapter === 'kafka' ? new KafkaBusTransport(options) : new EmbeddedBusTransport(options);
}
