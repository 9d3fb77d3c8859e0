import { EntityChanged, EventDefinition } from '@fhk/contracts';
import { DocumentStore, StoredDocument, WriteOperation } from '@fhk/platform/store';
import { outboxInsert } from './outbox-record';
import { OutboxRelay } from './outbox-relay';

export interface VersionedEntity extends StoredDocument {
  id: string;
  version: number;
}

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
  ) {}

  /** Stores a new entity (its id must be unused) and publishes it; `alongside` is written in the same commit. */
  async create(entity: T, alongside: WriteOperation[] = []): Promise<T> {
    await this.commit({ op: 'put', collection: this.collection, document: entity, expectedVersion: null }, entity, false, alongside);
    return entity;
  }

  /** Replaces the stored entity whose version is `next.version - 1`; a stale one is refused. */
  async replace(next: T, alongside: WriteOperation[] = []): Promise<T> {
    await this.commit({ op: 'put', collection: this.collection, document: next, expectedVersion: next.version - 1 }, next, false, alongside);
    return next;
  }

  /** Deletes the stored entity at `current.version` and publishes a deletion at the next version. */
  async remove(current: T, alongside: WriteOperation[] = []): Promise<void> {
    await this.commit(
      { op: 'delete', collection: this.collection, id: current.id, expectedVersion: current.version },
      { ...current, version: current.version + 1 },
      true,
      alongside,
    );
  }

  private async commit(write: WriteOperation, entity: T, deleted: boolean, alongside: WriteOperation[] = []): Promise<void> {
    const change: EntityChanged<T> = { id: entity.id, version: entity.version, deleted, entity: deleted ? null : entity };
    const { operation } = outboxInsert(this.definition, change, this.source);
    await this.store.commit([write, ...alongside, operation]);
    this.relay.notify();
  }
}
