/** Reads the headers from the `@Ctx()` of one transport's messages, or undefined when the context is not its own. */
export type MessageHeaderReader = (context: unknown) => Record<string, string> | undefined;

const readers: MessageHeaderReader[] = [];

/** Each bus adapter teaches the port to read its own message context (the port knows no adapter). */
export function registerMessageHeaderReader(reader: MessageHeaderReader): void {
  readers.push(reader);
}

/**
 * The headers a message arrived with, as strings, whichever transport delivered it (the
 * `@Ctx()` of an `@EventPattern` handler). Consumers keep them with a dead letter.
 */
export function headersOf(context: unknown): Record<string, string> {
  for (const read of readers) {
    const headers = read(context);
    if (headers) return headers;
  }
  return {};
}
