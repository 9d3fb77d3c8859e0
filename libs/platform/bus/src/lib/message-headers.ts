import { KafkaContext } from '@nestjs/microservices';
import { EmbeddedBusContext } from './embedded/embedded-bus.context';

/**
 * The headers a message arrived with, as strings, whichever transport delivered it (the
 * `@Ctx()` of an `@EventPattern` handler). Consumers keep them with a dead letter.
 */
export function headersOf(context: unknown): Record<string, string> {
  if (context instanceof EmbeddedBusContext) return { ...context.getHeaders() };
  if (context instanceof KafkaContext) {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(context.getMessage().headers ?? {})) {
      if (value === undefined || value === null) continue;
      headers[name] = (Array.isArray(value) ? value : [value]).map((v) => v.toString()).join(',');
    }
    return headers;
  }
  return {};
}
