import { CatalogueItem, CalendarEvent, Enterprise } from '@fhk/contracts';
import { CollectionSpec, StoredDocument } from '@fhk/platform/store';

export const ENTERPRISE_READ_MODEL = 'enterprise_read_model';
export const OPPORTUNITY_READ_MODEL = 'opportunity_read_model';

export const MATCHER_COLLECTIONS: CollectionSpec[] = [
  // Outreach lists page over live (not deleted) enterprises.
  { name: ENTERPRISE_READ_MODEL, indexes: ['deleted'] },
  // Matching loads live opportunities, optionally of one type.
  { name: OPPORTUNITY_READ_MODEL, indexes: ['deleted', 'type', 'entityId'] },
];

/** The kinds of opportunity the matcher pairs enterprises with (and `area`, for browsing). */
export type OpportunityType = 'event' | 'programme' | 'service-provider' | 'service-category' | 'measure' | 'area';
export const OPPORTUNITY_TYPES: OpportunityType[] = ['event', 'programme', 'service-provider', 'service-category', 'measure', 'area'];

export type OpportunityEntity = CatalogueItem | CalendarEvent;

export function opportunityTypeOf(entity: OpportunityEntity): OpportunityType {
  return entity.kind === 'calendar-event' ? 'event' : entity.kind;
}

/** Read-model row: the latest version seen of an entity, kept as a tombstone when deleted. */
export interface ReadModelRow<T> extends StoredDocument {
  id: string;
  version: number;
  deleted: boolean;
  entity: T | null;
}

export type EnterpriseRow = ReadModelRow<Enterprise>;

export interface OpportunityRow extends ReadModelRow<OpportunityEntity> {
  type: OpportunityType;
  entityId: string;
}

/** Read-model id of an opportunity: ids are unique per owning service, so prefix the type. */
export const opportunityRowId = (type: OpportunityType, entityId: string): string => `${type}:${entityId}`;
