import { z } from 'zod';
import { EventEnvelope, EventEnvelopeSchema } from './envelope.schema';

/** One event: its versioned topic, how to key it, and the validator of its payload. */
export interface EventDefinition<T> {
  /** `<domain>.<entity>.<event>.v<N>`; also the CloudEvents `type`. */
  readonly topic: string;
  readonly schema: z.ZodType<T>;
  /** The message key: keeps one aggregate's events in order on one partition. */
  key(data: T): string;
  /** True when the topic carries entity state and may be compacted (latest per key is enough). */
  readonly compacted: boolean;
}

export function defineEvent<T>(def: EventDefinition<T>): EventDefinition<T> {
  return def;
}

export class InvalidEventError extends Error {
  constructor(
    readonly topic: string,
    readonly issues: string[],
  ) {
    super(`invalid event on ${topic}: ${issues.join('; ')}`);
    this.name = 'InvalidEventError';
  }
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}

/** Validates an inbound envelope and its payload; throws InvalidEventError naming every bad field. */
export function parseEvent<T>(def: EventDefinition<T>, raw: unknown): EventEnvelope<T> {
  const envelope = EventEnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new InvalidEventError(def.topic, describeIssues(envelope.error));
  if (envelope.data.type !== def.topic) {
    throw new InvalidEventError(def.topic, [`type: expected ${def.topic}, got ${envelope.data.type}`]);
  }
  const data = def.schema.safeParse(envelope.data.data);
  if (!data.success) throw new InvalidEventError(def.topic, describeIssues(data.error).map((m) => `data.${m}`));
  return { ...envelope.data, data: data.data };
}

/** Builds an outgoing envelope; validates the payload so nothing invalid is ever published. */
export function buildEvent<T>(
  def: EventDefinition<T>,
  data: T,
  meta: { id: string; source: string; time?: Date },
): EventEnvelope<T> {
  const parsed = def.schema.safeParse(data);
  if (!parsed.success) throw new InvalidEventError(def.topic, describeIssues(parsed.error));
  return {
    specversion: '1.0',
    id: meta.id,
    source: meta.source,
    type: def.topic,
    subject: def.key(parsed.data),
    time: (meta.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    data: parsed.data,
  };
}
