import { AUDIT_TRAIL, AuditTrail } from '@fhk/platform/audit';
import { Inject, Injectable } from '@nestjs/common';
import { Enterprise, EnterpriseChangedEvent } from '@fhk/contracts';
import { EntityChangeWriter, OutboxRelay } from '@fhk/platform/outbox';
import { CollectionSpec, DOCUMENT_STORE, DocumentStore, Filter } from '@fhk/platform/store';
import { ConsentRecord } from './consent.schema';
import { EnterpriseScope, inScope } from './enterprise-scope';

export const ENTERPRISES = 'enterprises';
export const CONSENTS = 'consents';

export const ENTERPRISE_COLLECTIONS: CollectionSpec[] = [
  // GET /api/enterprises?city=… filters on city and pages in updatedAt order; an enterprise account
  // lists its own firms (ownerId); agency staff list consenting firms (outreachConsent).
  { name: ENTERPRISES, indexes: ['city', 'updatedAt', 'ownerId', 'outreachConsent'] },
  // A firm's consent history, oldest first.
  { name: CONSENTS, indexes: ['enterpriseId', 'at'] },
];

export interface EnterpriseListQuery {
  city?: string;
  limit: number;
  offset: number;
}

const scopeFilter = (scope: EnterpriseScope): Filter =>
  scope.kind === 'owner' ? { ownerId: scope.ownerId } : scope.kind === 'consenting' ? { outreachConsent: true } : {};

/**
 * Enterprise profiles in the enterprise-profiles service's own store. Every read takes the
 * caller's scope (owner, consenting, all): there is no unscoped read.
 */
@Injectable()
export class EnterpriseRepository {
  readonly writer: EntityChangeWriter<Enterprise>;

  constructor(
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    relay: OutboxRelay,
    @Inject(AUDIT_TRAIL) readonly audit: AuditTrail,
  ) {
    this.writer = new EntityChangeWriter<Enterprise>(store, relay, ENTERPRISES, EnterpriseChangedEvent, 'urn:fhk:enterprise-profiles', (change, e) =>
      audit.entries(change, [{ type: 'enterprise', id: e.id, enterpriseId: e.id }]),
    );
  }

  /** The firm if it exists and is in scope; null otherwise (the caller cannot tell which). */
  async get(scope: EnterpriseScope, id: string): Promise<Enterprise | null> {
    const enterprise = await this.store.get<Enterprise>(ENTERPRISES, id);
    return enterprise && inScope(scope, { ...enterprise, ownerId: enterprise.ownerId ?? null }) ? enterprise : null;
  }

  /** The consent history of a firm the caller has in scope (checked by get()). */
  async consents(scope: EnterpriseScope, id: string): Promise<ConsentRecord[] | null> {
    if (!(await this.get(scope, id))) return null;
    return this.store.find<ConsentRecord>(CONSENTS, { where: { enterpriseId: id }, orderBy: [['at', 'asc'], ['id', 'asc']] });
  }

  async list(scope: EnterpriseScope, query: EnterpriseListQuery): Promise<{ items: Enterprise[]; total: number }> {
    const where: Filter = { ...(query.city ? { city: query.city } : {}), ...scopeFilter(scope) };
    const [items, total] = await Promise.all([
      this.store.find<Enterprise>(ENTERPRISES, { where, orderBy: [['updatedAt', 'desc']], limit: query.limit, offset: query.offset }),
      this.store.count(ENTERPRISES, where),
    ]);
    return { items, total };
  }
}
