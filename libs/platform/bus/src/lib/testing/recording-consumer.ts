import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { BATCH_DELIVERY, deliveredMessages } from '../message-batch';

export interface ContractMessage {
  key: string;
  seq: number;
  body?: unknown;
  failTimes?: number;
}

/**
 * A consumer whose topics are chosen at run time (contract runs use fresh topics). `batches`: its
 * handlers are registered with BATCH_DELIVERY and log what `deliveredMessages` gives them, all of a
 * batch or (when one of it has a planned failure left) none of it, as a batch applied in one commit.
 */
export function recordingConsumer(topics: string[], log: Array<{ topic: string; message: ContractMessage; headers?: Record<string, string> }>, batches = false) {
  const failures = new Map<string, number>();

  @Controller()
  class RecordingConsumer {}

  topics.forEach((topic, index) => {
    const method = `on${index}`;
    const handler = async (message: ContractMessage) => {
      const id = `${topic}/${message.key}/${message.seq}`;
      const failed = failures.get(id) ?? 0;
      if (message.failTimes && failed < message.failTimes) {
        failures.set(id, failed + 1);
        throw new Error(`planned failure ${failed + 1} of ${message.failTimes} for ${id}`);
      }
      log.push({ topic, message });
    };
    const batchHandler = async (payload: unknown, context: unknown) => {
      const messages = deliveredMessages(payload, context);
      for (const { value } of messages) {
        const message = value as ContractMessage;
        const id = `${topic}/${message.key}/${message.seq}`;
        const failed = failures.get(id) ?? 0;
        if (message.failTimes && failed < message.failTimes) {
          failures.set(id, failed + 1);
          throw new Error(`planned failure ${failed + 1} of ${message.failTimes} for ${id}`);
        }
      }
      for (const { value, headers } of messages) log.push({ topic, message: value as ContractMessage, headers });
    };
    Object.defineProperty(RecordingConsumer.prototype, method, { value: batches ? batchHandler : handler, writable: true });
    const descriptor = Object.getOwnPropertyDescriptor(RecordingConsumer.prototype, method)!;
    Payload()(RecordingConsumer.prototype, method, 0);
    if (batches) Ctx()(RecordingConsumer.prototype, method, 1);
    if (batches) EventPattern(topic, BATCH_DELIVERY)(RecordingConsumer.prototype, method, descriptor);
    else EventPattern(topic)(RecordingConsumer.prototype, method, descriptor);
  });
  return RecordingConsumer;
}
