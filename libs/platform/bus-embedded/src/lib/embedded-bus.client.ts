import { ClientProxy, ReadPacket, WritePacket } from '@nestjs/microservices';
import { EmbeddedBroker } from './embedded-broker';
import { BatchPublishingClient, encodeMessageValue, OutgoingMessage, TopicMessage } from '@fhk/platform/bus';

const keyOf = (topic: string, message: Partial<OutgoingMessage>): string => {
  const { key } = message;
  if (typeof key !== 'string' || !key) throw new Error(`embedded bus: message on ${topic} has no key`);
  return key;
};

/**
 * Producer side of the embedded bus: `emit(topic, { key, value, headers })` appends durably;
 * `emitAll` appends several in one commit (one fsync for the batch).
 */
export class EmbeddedBusClient extends ClientProxy implements BatchPublishingClient {
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

  async emitAll(messages: TopicMessage[]): Promise<void> {
    this.broker.appendAll(messages.map(({ topic, message }) => ({ topic, key: keyOf(topic, message), value: encodeMessageValue(message.value), headers: message.headers ?? {} })));
  }

  protected async dispatchEvent<T = unknown>(packet: ReadPacket<OutgoingMessage>): Promise<T> {
    const topic = String(packet.pattern);
    this.broker.append(topic, keyOf(topic, packet.data), encodeMessageValue(packet.data.value), packet.data.headers ?? {});
    return undefined as T;
  }

  protected publish(_packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    callback({ err: new Error('embedded bus carries events only: use emit(), not send()'), isDisposed: true });
    return () => undefined;
  }
}
