import { EntityChanged, EventDefinition } from '@fhk/contracts';
import { DocumentStore, StoredDocument, VersionConflictError, WriteOperation } from '@fhk/platform/store';
import { ENTITY_TOMBSTONES_COLLECTION } from './outbox.collections';
import { outboxInsert } from './outbox-record';
import { OutboxRelay } from './outbox-relay';

export interface VersionedEntity extends StoredDocument {
  id: string;
  version: number;
}

/** The last version of a deleted entity, so a later life of the same id continues above it. */
interface EntityTombstone extends StoredDocument {
  id: string;
  version: number;
}

/** The audit entries a change adds to its own commit (docs/adr/0010). */
export type ChangeAudit<T> = (change: 'create' | 'update' | 'delete', entity: T) => WriteOperation[];

/** How often an update re-reads and re-applies its change when a concurrent write got in first. */
const UPDATE_ATTEMPTS = 8;

/**
 * Writes an entity and its `…changed` event in one atomic commit (the outbox pattern), with
 * optimistic concurrency on the stored version, then wakes the relay. Every owning service
 * writes through one of these, so no state change can ever be published without being stored
 * or stored without being published.
 */
export class EntityChangeWriter<T extends VersionedEntity> {
  constructor(
    private readonly store: DocumentStore,
    private readonly relay: OutboxRelay,
    private readonly collection: string,
    private readonly definition: EventDefinition<EntityChanged<T>>,
    private readonly source: string,
    private readonly audit: ChangeAudit<T> = () => [],
  ) {}

  /**
   * Stores a new entity (its id must be unused) and publishes it. An id deleted before starts a
   * new life above its last version, so consumers that keep the highest version (the matcher)
   * take the new life instead of ignoring it behind the old tombstone.
   */
  async create(entity: T, alongside: WriteOperation[] = []): Promise<T> {
    const tombstoneId = this.tombstoneId(entity.id);
    const tombstone = await this.store.get<EntityTombstone>(ENTITY_TOMBSTONES_COLLECTION, tombstoneId);
    const created = tombstone ? { ...entity, version: tombstone.version + entity.version } : entity;
    const reviveWrites: WriteOperation[] = tombstone
      ? [{ op: 'delete', collection: ENTITY_TOMBSTONES_COLLECTION, id: tombstoneId, expectedVersion: tombstone.version }]
      : [];
    await this.commit({ op: 'put', collection: this.collection, document: created, expectedVersion: null }, created, false, [...reviveWrites, ...alongside, ...this.audit('create', created)]);
    return created;
  }

  /**
   * Stores many new entities and publishes each, all in one atomic commit (a bulk import: all of
   * them land with their events and audit entries, or none does). Their ids must be fresh
   * (`newId()`), so none continues a deleted entity's life; an id in use fails the whole commit.
   */
  async createMany(entities: T[], alongside: (entity: T) => WriteOperation[] = () => []): Promise<T[]> {
    const operations = entities.flatMap((entity) => [
      { op: 'put', collection: this.collection, document: entity, expectedVersion: null } as WriteOperation,
      ...alongside(entity),
      ...this.audit('create', entity),
      outboxInsert(this.definition, { id: entity.id, version: entity.version, deleted: false, entity }, this.source).operation,
    ]);
    if (operations.length === 0) return [];
    await this.store.commit(operations);
    this.relay.notify();
    return entities;
  }

  /**
   * Read-modify-write under the version check: `change` gets the stored entity and returns the
   * next one (at `current.version + 1`). When another write got in between, it runs again on the
   * newer entity, so concurrent changes to different fields all survive. `change` may throw
   * (not found, stale If-Match, invalid result); that ends the update.
   */
  async update(id: string, change: (current: T | null) => T | Promise<T>, alongside: (current: T | null, next: T) => WriteOperation[] = () => []): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.store.get<T>(this.collection, id);
      const next = await change(current);
      try {
        return await this.replace(next, alongside(current, next));
      } catch (error) {
        if (!(error instanceof VersionConflictError) || attempt >= UPDATE_ATTEMPTS) throw error;
      }
    }
  }

  /** Replaces the stored entity whose version is `next.version - 1`; a stale one is refused. */
  async replace(next: T, alongside: WriteOperation[] = []): Promise<T> {
    await this.commit({ op: 'put', collection: this.collection, document: next, expectedVersion: next.version - 1 }, next, false, [...alongside, ...this.audit('update', next)]);
    return next;
  }

  /** Deletes the stored entity at `current.version` and publishes a deletion at the next version. */
  async remove(current: T, alongside: WriteOperation[] = []): Promise<void> {
    const tombstone: EntityTombstone = { id: this.tombstoneId(current.id), version: current.version + 1 };
    await this.commit(
      { op: 'delete', collection: this.collection, id: current.id, expectedVersion: current.version },
      { ...current, version: current.version + 1 },
      true,
      [{ op: 'put', collection: ENTITY_TOMBSTONES_COLLECTION, document: tombstone }, ...alongside, ...this.audit('delete', current)],
    );
  }

  private tombstoneId(id: string): string {
    return `${this.collection}:${id}`;
  }

  private async commit(write: WriteOperation, entity: T, deleted: boolean, alongside: WriteOperation[] = []): Promise<void> {
    const change: EntityChanged<T> = { id: entity.id, version: entity.version, deleted, entity: deleted ? null : entity };
    const { operation } = outboxInsert(this.definition, change, this.source);
    await this.store.commit([write, ...alongside, operation]);
    this.relay.notify();
  }
}
