import { headersOf } from './message-headers';

/** One delivered message: its decoded value and the headers it was published with. */
export interface DeliveredMessage {
  value: unknown;
  headers: Record<string, string>;
}

/**
 * A run of messages of one topic-partition, in order. A transport that can deliver batches hands
 * one as the `@Payload()` to handlers registered with `BATCH_DELIVERY` as extras; the handler
 * resolves once all of them are handled, and the transport commits their offsets after that.
 * A transport without batches delivers such a handler one message at a time, as to any other.
 */
export class MessageBatch {
  constructor(readonly messages: readonly DeliveredMessage[]) {}
}

/** `@EventPattern(topic, BATCH_DELIVERY)`: this handler takes batches where the transport has them. */
export const BATCH_DELIVERY: { readonly batch: true } = { batch: true };

/**
 * The messages of what a handler got: a batch's, or the single message with its context's headers.
 * Only a transport makes a `MessageBatch` (a decoded message value is never an instance of it).
 */
export function deliveredMessages(payload: unknown, context: unknown): readonly DeliveredMessage[] {
  return payload instanceof MessageBatch ? payload.messages : [{ value: payload, headers: headersOf(context) }];
}
