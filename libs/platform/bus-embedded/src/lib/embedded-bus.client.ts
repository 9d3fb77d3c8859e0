import { ClientProxy, ReadPacket, WritePacket } from '@nestjs/microservices';
import { EmbeddedBroker } from './embedded-broker';
import { encodeMessageValue, OutgoingMessage } from '@fhk/platform/bus';

/** Producer side of the embedded bus: `emit(topic, { key, value, headers })` appends durably. */
export class EmbeddedBusClient extends ClientProxy {
  constructor(private readonly broker: EmbeddedBroker) {
    super();
  }

  async connect(): Promise<void> {
    // Nothing to connect: the broker lives in this process.
  }

  close(): void {
    // The broker is owned by the transport, which closes it.
  }

  unwrap<T>(): T {
    return this.broker as T;
  }

  protected async dispatchEvent<T = unknown>(packet: ReadPacket<OutgoingMessage>): Promise<T> {
    const { key, value, headers } = packet.data;
    if (typeof key !== 'string' || !key) throw new Error(`embedded bus: message on ${packet.pattern} has no key`);
    this.broker.append(String(packet.pattern), key, encodeMessageValue(value), headers ?? {});
    return undefined as T;
  }

  protected publish(_packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    callback({ err: new Error('embedded bus carries events only: use emit(), not send()'), isDisposed: true });
    return () => undefined;
  }
}
