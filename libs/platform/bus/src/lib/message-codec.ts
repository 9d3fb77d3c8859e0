/**
 * The one (de)serializer both bus adapters use: values are JSON text on the wire. A value that
 * is not valid JSON is handed on as the raw string, so the consumer's validation rejects it
 * with a reason (and dead-letters it) instead of the transport crashing or guessing.
 */
export function encodeMessageValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function decodeMessageValue(raw: string | Buffer | null | undefined): unknown {
  if (raw === null || raw === undefined) return null;
  const text = typeof raw === 'string' ? raw : raw.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** What a publisher hands to `ClientProxy.emit`: the same shape for Kafka and the embedded bus. */
export interface OutgoingMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
}
