import { DocumentStore, FindOptions, Filter, WriteOperation } from '@fhk/platform/store';
import { newId } from '@fhk/platform/outbox';
import { AUDIT_LOG, AuditAction, AuditEntry } from './audit-entry';
import { currentRequest } from './request-context';

export interface AuditTarget {
  type: string;
  id: string;
  /** The firm the entry is about, if any. */
  enterpriseId?: string | null;
}

export interface AuditQuery {
  enterpriseId?: string;
  actor?: string;
  action?: AuditAction;
  since?: string;
  until?: string;
  limit: number;
  offset: number;
}

/**
 * One service's audit log, in its own store (docs/adr/0010). Changes add `entries(...)` to the
 * commit that makes them, so a change and its entry are stored together or not at all; reads by
 * staff are recorded with `record(...)` before the answer leaves. Nothing updates or deletes an
 * entry: the log only grows.
 */
export class AuditTrail {
  constructor(
    private readonly store: DocumentStore,
    readonly service: string,
  ) {}

  /** Insert operations for one entry per target, made by the current request's caller. */
  entries(action: AuditAction, targets: AuditTarget[]): WriteOperation[] {
    const request = currentRequest();
    const principal = request?.principal ?? null;
    const at = new Date().toISOString();
    const pattern = request?.route?.path ?? request?.routeOptions?.url;
    const route = request?.method && pattern ? `${request.method.toUpperCase()} ${pattern}` : null;
    return targets.map((target) => {
      const entry: AuditEntry = {
        id: newId(),
        at,
        service: this.service,
        actor: principal ? { subject: principal.subject, username: principal.username, roles: [...principal.roles] } : null,
        action,
        target: { type: target.type, id: target.id },
        enterpriseId: target.enterpriseId ?? null,
        from: request?.ip ?? null,
        route,
      };
      return { op: 'insert', collection: AUDIT_LOG, document: entry };
    });
  }

  /** Stores the entries on their own (reads, admin actions) and returns once they are durable. */
  async record(action: AuditAction, targets: AuditTarget[]): Promise<void> {
    if (targets.length) await this.store.commit(this.entries(action, targets));
  }

  /** Entries, newest first, filtered. */
  async find(query: AuditQuery): Promise<{ total: number; items: AuditEntry[] }> {
    const where: Filter = {};
    if (query.enterpriseId) where.enterpriseId = query.enterpriseId;
    if (query.actor) where['actor.subject'] = query.actor;
    if (query.action) where.action = query.action;
    if (query.since || query.until) where.at = { ...(query.since ? { $gte: query.since } : {}), ...(query.until ? { $lt: query.until } : {}) };
    const options: FindOptions = { where, orderBy: [['at', 'desc'], ['id', 'desc']], limit: query.limit, offset: query.offset };
    const [total, items] = await Promise.all([this.store.count(AUDIT_LOG, where), this.store.find<AuditEntry>(AUDIT_LOG, options)]);
    return { total, items };
  }
}
