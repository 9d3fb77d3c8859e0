import { AUDIT_TRAIL, AuditTrail } from '@fhk/platform/audit';
import { Inject, Injectable } from '@nestjs/common';
import { CatalogueItem, CatalogueItemChangedEvent, CatalogueItemKind } from '@fhk/contracts';
import { EntityChangeWriter, OutboxRelay } from '@fhk/platform/outbox';
import { CollectionSpec, DOCUMENT_STORE, DocumentStore } from '@fhk/platform/store';

export const CATALOGUE_ITEMS = 'catalogue_items';

export const CATALOGUE_COLLECTIONS: CollectionSpec[] = [
  // Listing by kind (areas, measures, programmes…) and lookup by slug.
  { name: CATALOGUE_ITEMS, indexes: ['kind', 'slug'] },
];

/** Areas, measures, programmes, service categories and providers, in the catalogue's own store. */
@Injectable()
export class CatalogueItemRepository {
  readonly writer: EntityChangeWriter<CatalogueItem>;

  constructor(
    @Inject(DOCUMENT_STORE) readonly store: DocumentStore,
    relay: OutboxRelay,
    @Inject(AUDIT_TRAIL) readonly audit: AuditTrail,
  ) {
    this.writer = new EntityChangeWriter<CatalogueItem>(store, relay, CATALOGUE_ITEMS, CatalogueItemChangedEvent, 'urn:fhk:measure-catalogue', (change, e) =>
      audit.entries(change, [{ type: 'catalogue-item', id: e.id }]),
    );
  }

  get(id: string): Promise<CatalogueItem | null> {
    return this.store.get<CatalogueItem>(CATALOGUE_ITEMS, id);
  }

  /** The catalogue is small (hundreds of items): lists load a kind and filter in memory. */
  list(kind?: CatalogueItemKind): Promise<CatalogueItem[]> {
    return this.store.find<CatalogueItem>(CATALOGUE_ITEMS, { where: kind ? { kind } : {}, orderBy: [['kind', 'asc'], ['id', 'asc']] });
  }
}
