import { CatalogueItem, CalendarEvent, Enterprise, OpportunityType } from '@fhk/contracts';
import { CollectionSpec, StoredDocument } from '@fhk/platform/store';
import type { StoredSearchDocument } from '../search/stored-search-document';

export const ENTERPRISE_READ_MODEL = 'enterprise_read_model';
export const OPPORTUNITY_READ_MODEL = 'opportunity_read_model';

/** A set of read-model collections: the live one, or the staging copy a rebuild fills before the swap. */
export interface ReadModelCollections {
  enterprises: string;
  opportunities: string;
}

export const LIVE_READ_MODEL: ReadModelCollections = { enterprises: ENTERPRISE_READ_MODEL, opportunities: OPPORTUNITY_READ_MODEL };
export const STAGING_READ_MODEL: ReadModelCollections = {
  enterprises: `${ENTERPRISE_READ_MODEL}_staging`,
  opportunities: `${OPPORTUNITY_READ_MODEL}_staging`,
};
/** One document while a rebuild runs: which rebuild owns the staging collections. */
export const READ_MODEL_REBUILD_STATE = 'read_model_rebuild_state';

// Outreach lists page over live (not deleted) enterprises.
const ENTERPRISE_INDEXES = ['deleted'];
// Matching loads live opportunities, optionally of one type.
const OPPORTUNITY_INDEXES = ['deleted', 'type', 'entityId'];

export const MATCHER_COLLECTIONS: CollectionSpec[] = [
  ...[LIVE_READ_MODEL, STAGING_READ_MODEL].flatMap((model) => [
    { name: model.enterprises, indexes: ENTERPRISE_INDEXES },
    { name: model.opportunities, indexes: OPPORTUNITY_INDEXES },
  ]),
  { name: READ_MODEL_REBUILD_STATE },
];

/** The kinds of opportunity (and `area`, for browsing): one list, in the contracts. */
export { OPPORTUNITY_TYPES } from '@fhk/contracts';
export type { OpportunityType } from '@fhk/contracts';

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
  /** Its search document, analysed when the row was written (search/stored-search-document.ts); rows written before have none. */
  search?: StoredSearchDocument;
}

export type EnterpriseRow = ReadModelRow<Enterprise>;

export interface OpportunityRow extends ReadModelRow<OpportunityEntity> {
  type: OpportunityType;
  entityId: string;
}

/** Read-model id of an opportunity: ids are unique per owning service, so prefix the type. */
export const opportunityRowId = (type: OpportunityType, entityId: string): string => `${type}:${entityId}`;
