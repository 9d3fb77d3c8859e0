import { Inject, Injectable } from '@nestjs/common';
import { Enterprise, EnterpriseChangedEvent } from '@fhk/contracts';
import { EntityChangeWriter, OutboxRelay } from '@fhk/platform/outbox';
import { CollectionSpec, DOCUMENT_STORE, DocumentStore, Filter } from '@fhk/platform/store';

export const ENTERPRISES = 'enterprises';

export const ENTERPRISE_COLLECTIONS: CollectionSpec[] = [
  // GET /api/enterprises?city=… filters on city and pages in updatedAt order.
  { name: ENTERPRISES, indexes: ['city', 'updatedAt'] },
];

export interface EnterpriseListQuery {
  city?: string;
  limit: number;
  offset: number;
}

/** Enterprise profiles in the enterprise-profiles service's own store. */
@Injectable()
export class EnterpriseRepository {
  readonly writer: EntityChangeWriter<Enterprise>;

  constructor(
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    relay: OutboxRelay,
  ) {
    this.writer = new EntityChangeWriter<Enterprise>(store, relay, ENTERPRISES, EnterpriseChangedEvent, 'urn:fhk:enterprise-profiles');
  }

  get(id: string): Promise<Enterprise | null> {
    return this.store.get<Enterprise>(ENTERPRISES, id);
  }

  async list(query: EnterpriseListQuery): Promise<{ items: Enterprise[]; total: number }> {
    const where: Filter = query.city ? { city: query.city } : {};
    const [items, total] = await Promise.all([
      this.store.find<Enterprise>(ENTERPRISES, { where, orderBy: [['updatedAt', 'desc']], limit: query.limit, offset: query.offset }),
      this.store.count(ENTERPRISES, where),
    ]);
    return { items, total };
  }
}
