import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';

export interface ContractMessage {
  key: string;
  seq: number;
  body?: unknown;
  failTimes?: number;
}

/** A consumer whose topics are chosen at run time (contract runs use fresh topics). */
export function recordingConsumer(topics: string[], log: Array<{ topic: string; message: ContractMessage }>) {
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
    Object.defineProperty(RecordingConsumer.prototype, method, { value: handler, writable: true });
    const descriptor = Object.getOwnPropertyDescriptor(RecordingConsumer.prototype, method)!;
    Payload()(RecordingConsumer.prototype, method, 0);
    EventPattern(topic)(RecordingConsumer.prototype, method, descriptor);
  });
  return RecordingConsumer;
}
