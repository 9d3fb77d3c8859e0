import { CollectionSpec } from '@fhk/platform/store';

export const OUTBOX_COLLECTION = 'outbox';
export const PROCESSED_EVENTS_COLLECTION = 'processed_events';
export const DEAD_LETTERS_COLLECTION = 'dead_letters';
/** The last version of each deleted entity (see EntityChangeWriter.create). */
export const ENTITY_TOMBSTONES_COLLECTION = 'entity_tombstones';

/** Collections the outbox and the reliable consumer need in a service's store. */
export const OUTBOX_COLLECTIONS: CollectionSpec[] = [
  // The relay's query: pending records in id (= creation) order.
  { name: OUTBOX_COLLECTION, indexes: ['status'] },
  // Pruning: processed markers older than the retention.
  { name: PROCESSED_EVENTS_COLLECTION, indexes: ['processedAt'] },
  // Admin listing: by status and topic.
  { name: DEAD_LETTERS_COLLECTION, indexes: ['status', 'topic'] },
  // What the shipped seed data last wrote, per item (see seed-reconciler.ts).
  { name: 'seed_state' },
  // Looked up by id when an entity is created.
  { name: ENTITY_TOMBSTONES_COLLECTION },
];
