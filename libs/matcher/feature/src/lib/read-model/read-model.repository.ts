import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Enterprise } from '@fhk/contracts';
import { AUDIT_TRAIL, AuditTrail, EnterpriseOwnership } from '@fhk/platform/audit';
import { hasRole, Principal } from '@fhk/platform/auth';
import { DOCUMENT_STORE, DocumentStore, StoredVersion } from '@fhk/platform/store';
import { readModelRows, readModelVersionPages } from '../search/read-model-pages';
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
export class ReadModelRepository implements EnterpriseOwnership {
  constructor(
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(AUDIT_TRAIL) private readonly audit: AuditTrail,
  ) {}

  /** For the matcher's own bookkeeping (caches, projections); requests go through `enterpriseFor`. */
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

  /**
   * The firm a request may act on: its owner's, or any firm for profiles-admin. For anyone else a
   * missing and a foreign firm look the same (403), so the answer never says whether it exists.
   */
  async enterpriseFor(principal: Principal, id: string): Promise<Enterprise> {
    const found = await this.enterprise(id);
    const admin = hasRole(principal, 'profiles-admin');
    const own = !!found && (found.ownerId ?? null) === principal.subject;
    if (found && (admin || own)) {
      // An admin's look at someone's firm is recorded (docs/adr/0010).
      if (!own) await this.audit.record('read', [{ type: 'enterprise', id, enterpriseId: id }]);
      return found;
    }
    if (!admin) throw new ForbiddenException({ message: 'This is not a firm of yours', issues: [{ field: 'id', reason: 'not yours' }] });
    throw new NotFoundException({ message: `The matcher knows no enterprise with id ${id}`, issues: [{ field: 'id', reason: 'not found (or not yet received from enterprise-profiles)' }] });
  }

  /** True when the caller's account owns the firm (the audit log's owner view). */
  async owns(principal: Principal, id: string): Promise<boolean> {
    return hasRole(principal, 'enterprise') && ((await this.enterprise(id))?.ownerId ?? null) === principal.subject;
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

  /**
   * Every enterprise row's id and version in pages in id order, tombstones included (keyset paging
   * over every row): a walk of 10^5 firms that reads and parses no row whole. `enterpriseRowsOf` then
   * reads the rows a caller needs.
   */
  enterpriseVersionPages(): AsyncIterable<StoredVersion[]> {
    return readModelVersionPages(this.store, ENTERPRISE_READ_MODEL);
  }

  /** The enterprise rows of these ids that exist (tombstones included), in id order. */
  enterpriseRowsOf(ids: readonly string[]): Promise<EnterpriseRow[]> {
    return readModelRows<EnterpriseRow>(this.store, ENTERPRISE_READ_MODEL, ids);
  }

  async liveOpportunities(type?: OpportunityType): Promise<OpportunityRow[]> {
    return this.store.find<OpportunityRow>(OPPORTUNITY_READ_MODEL, {
      where: type ? { deleted: false, type } : { deleted: false },
      orderBy: [['id', 'asc']],
    });
  }
}
