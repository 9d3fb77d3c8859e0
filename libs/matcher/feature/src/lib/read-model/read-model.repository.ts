import { Inject, Injectable } from '@nestjs/common';
import { Enterprise } from '@fhk/contracts';
import { DOCUMENT_STORE, DocumentStore } from '@fhk/platform/store';
import {
  ENTERPRISE_READ_MODEL,
  EnterpriseRow,
  OPPORTUNITY_READ_MODEL,
  OpportunityEntity,
  OpportunityRow,
  OpportunityType,
  opportunityRowId,
} from './read-model.collections';

/** Reads of the matcher's own copy of enterprises and opportunities (never another service's store). */
@Injectable()
export class ReadModelRepository {
  constructor(@Inject(DOCUMENT_STORE) private readonly store: DocumentStore) {}

  async enterprise(id: string): Promise<Enterprise | null> {
    const row = await this.store.get<EnterpriseRow>(ENTERPRISE_READ_MODEL, id);
    return row && !row.deleted ? row.entity : null;
  }

  /** The row, tombstone included (its version says whether a change is news). */
  enterpriseRow(id: string): Promise<EnterpriseRow | null> {
    return this.store.get<EnterpriseRow>(ENTERPRISE_READ_MODEL, id);
  }

  /** Every row of an entity id (one per type it was seen as), tombstones included. */
  opportunityRowsOf(entityId: string): Promise<OpportunityRow[]> {
    return this.store.find<OpportunityRow>(OPPORTUNITY_READ_MODEL, { where: { entityId }, orderBy: [['id', 'asc']] });
  }

  async opportunity(type: OpportunityType, entityId: string): Promise<OpportunityEntity | null> {
    const row = await this.store.get<OpportunityRow>(OPPORTUNITY_READ_MODEL, opportunityRowId(type, entityId));
    return row && !row.deleted ? row.entity : null;
  }

  /** Every row, tombstones included (for consistency checks and rebuilds). */
  enterpriseRows(): Promise<EnterpriseRow[]> {
    return this.store.find<EnterpriseRow>(ENTERPRISE_READ_MODEL, { orderBy: [['id', 'asc']] });
  }

  async liveEnterprises(): Promise<Enterprise[]> {
    return (await this.liveEnterpriseRows()).map((r) => r.entity!);
  }

  liveEnterpriseRows(): Promise<EnterpriseRow[]> {
    return this.store.find<EnterpriseRow>(ENTERPRISE_READ_MODEL, { where: { deleted: false }, orderBy: [['id', 'asc']] });
  }

  async liveOpportunities(type?: OpportunityType): Promise<OpportunityRow[]> {
    return this.store.find<OpportunityRow>(OPPORTUNITY_READ_MODEL, {
      where: type ? { deleted: false, type } : { deleted: false },
      orderBy: [['id', 'asc']],
    });
  }
}
