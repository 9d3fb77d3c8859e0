import { BusTransport } from '@fhk/platform/bus';
import { EmbeddedBusTransport, EmbeddedBusTransportOptions } from '@fhk/platform/bus-embedded';
import { KafkaBusTransport, KafkaBusTransportOptions } from '@fhk/platform/bus-kafka';

export type BusTransportOptions =
  | ({ adapter: 'embedded' } & EmbeddedBusTransportOptions)
  | ({ adapter: 'kafka' } & KafkaBusTransportOptions);

export function createBusTransport(options: BusTransportOptions): BusTransport {
  return options.adapter === 'kafka' ? new KafkaBusTransport(options) : new EmbeddedBusTransport(options);
}
