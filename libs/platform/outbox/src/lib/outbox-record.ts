import { buildEvent, EventDefinition, EventEnvelope } from '@fhk/contracts';
import { StoredDocument, WriteOperation } from '@fhk/platform/store';
import { monotonicFactory } from 'ulid';
import { OUTBOX_COLLECTION } from './outbox.collections';

/** An event waiting in (or sent from) a service's outbox. Ids sort in creation order. */
export interface OutboxRecord extends StoredDocument {
  id: string;
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
  status: 'pending' | 'sent';
  createdAt: string;
  sentAt: string | null;
}

const nextId = monotonicFactory();

/** A new time-ordered id (ULID): event ids and entity ids alike. */
export function newId(): string {
  return nextId();
}

/**
 * Builds the event and the write that puts it in the outbox. Commit that write in the same
 * batch as the state change it describes: both land, or neither does.
 */
export function outboxInsert<T>(
  definition: EventDefinition<T>,
  data: T,
  source: string,
): { envelope: EventEnvelope<T>; operation: WriteOperation } {
  const id = newId();
  const envelope = buildEvent(definition, data, { id, source });
  const record: OutboxRecord = {
    id,
    topic: definition.topic,
    key: envelope.subject,
    value: JSON.stringify(envelope),
    headers: { ce_id: envelope.id, ce_type: envelope.type, ce_source: envelope.source, ce_specversion: '1.0' },
    status: 'pending',
    createdAt: envelope.time,
    sentAt: null,
  };
  return { envelope, operation: { op: 'insert', collection: OUTBOX_COLLECTION, document: record } };
}
