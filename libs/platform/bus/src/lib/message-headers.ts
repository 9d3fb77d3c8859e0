import { KafkaContext } from '@nestjs/microservices';
import { EmbeddedBusContext } from './embedded/embedded-bus.context';
import { kafkaHeadersToStrings } from './kafka/kafka-bus.transport';

/**
 * The headers a message arrived with, as strings, whichever transport delivered it (the
 * `@Ctx()` of an `@EventPattern` handler). Consumers keep them with a dead letter.
 */
export function headersOf(context: unknown): Record<string, string> {
  if (context instanceof EmbeddedBusContext) return { ...context.getHeaders() };
  if (context instanceof KafkaContext) return kafkaHeadersToStrings(context.getMessage().headers);
  return {};
}
