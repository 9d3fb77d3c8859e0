import { ClientProxy, CustomTransportStrategy, Server } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { OutgoingMessage } from './message-codec';

export interface TopicSpec {
  topic: string;
  /** Entity-state topics are compacted (Kafka keeps the latest record per key). */
  compacted: boolean;
}

export interface BusHealth {
  ok: boolean;
  adapter: 'embedded' | 'kafka';
  detail: string;
}

/** One message read back from a topic's retained log, its value decoded as a consumer gets it. */
export interface RetainedMessage {
  topic: string;
  partition: number;
  offset: number;
  key: string;
  value: unknown;
  /** The headers it was published with, as strings. */
  headers: Record<string, string>;
}

/** `position` counts offsets covered so far; it reaches `end` (compaction leaves gaps in offsets). */
export type ReplayProgress = (position: number, end: number) => void;

/**
 * The bus port. Services publish through a Nest `ClientProxy` and consume with `@EventPattern`
 * handlers on a Nest transport strategy; which broker sits behind them is this object's choice.
 */
export interface BusTransport {
  readonly adapter: 'embedded' | 'kafka';
  /** A producer-only client (it joins no consumer group). */
  createPublisherClient(): ClientProxy;
  /** The transport strategy that runs this process's `@EventPattern` handlers in `group`. */
  createConsumerServer(group: string): Server & CustomTransportStrategy;
  /** Creates topics (and their `.dlq` twins) with explicit partitions; idempotent. */
  ensureTopics(topics: TopicSpec[]): Promise<void>;
  /**
   * Reads every message still retained on `topics`, from the start of each partition up to its
   * end at the moment of the call, in order within a partition, outside any consumer group:
   * nothing is committed and no live consumer is disturbed. On a compacted topic that is at least
   * the newest message of every key. A rejected `handle` stops the replay with its error.
   */
  replay(topics: string[], handle: (message: RetainedMessage) => Promise<void>, progress?: ReplayProgress): Promise<{ messages: number }>;
  /** Messages not yet committed by `group` on `topics`. */
  lag(group: string, topics: string[]): Promise<number>;
  health(): Promise<BusHealth>;
  close(): Promise<void>;
}

export const BUS_TRANSPORT = Symbol('BUS_TRANSPORT');

/** One message for `publishAll`. */
export interface TopicMessage {
  topic: string;
  message: OutgoingMessage;
}

/**
 * A client that can have several messages acknowledged at once, in order (the embedded bus: one
 * durable commit for all of them instead of one per message).
 */
export interface BatchPublishingClient {
  emitAll(messages: TopicMessage[]): Promise<void>;
}

const publishesBatches = (client: ClientProxy): client is ClientProxy & BatchPublishingClient => typeof (client as Partial<BatchPublishingClient>).emitAll === 'function';

/** Publishes messages and resolves only when the broker has acknowledged them. */
export class BusPublisher {
  constructor(private readonly client: ClientProxy) {}

  async publish(topic: string, message: OutgoingMessage): Promise<void> {
    await lastValueFrom(this.client.emit(topic, message), { defaultValue: undefined });
  }

  /**
   * Publishes `messages` in order. `acknowledged(n)` is called each time the first `n` are known to
   * be acknowledged (once for a client that takes the batch at once, else after each message), so
   * a caller whose publish fails half-way knows which ones the broker has.
   */
  async publishAll(messages: TopicMessage[], acknowledged: (count: number) => void): Promise<void> {
    if (messages.length === 0) return;
    if (!publishesBatches(this.client)) return this.publishEach(messages, acknowledged);
    await this.client.emitAll(messages);
    acknowledged(messages.length);
  }

  /** One `publish` per message, in order. */
  protected async publishEach(messages: TopicMessage[], acknowledged: (count: number) => void): Promise<void> {
    for (let at = 0; at < messages.length; at++) {
      await this.publish(messages[at].topic, messages[at].message);
      acknowledged(at + 1);
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
