import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { applyMergePatch, Enterprise, EnterpriseInput, EnterpriseInputSchema, EnterprisePatch } from '@fhk/contracts';
import { hasRole, Principal } from '@fhk/platform/auth';
import { assertVersionMatches, validateWith } from '@fhk/platform/http';
import { newId } from '@fhk/platform/outbox';
import { EnterpriseScope, inScope, readScopeOf, visibleTo, writeScopeOf } from './enterprise-scope';
import { WriteOperation } from '@fhk/platform/store';
import { ConsentInput, ConsentInputSchema, ConsentRecord, PRIVACY_NOTICE } from './consent.schema';
import { CONSENTS, EnterpriseListQuery, EnterpriseRepository } from './enterprise.repository';

/** Create, change and delete enterprise profiles, each within the caller's scope; every change is published with it. */
@Injectable()
export class EnterpriseProfilesService {
  constructor(private readonly repository: EnterpriseRepository) {}

  /** An enterprise account owns what it creates; profiles-admin creates profiles nobody owns yet. */
  async create(principal: Principal, input: EnterpriseInput): Promise<Enterprise> {
    const now = new Date().toISOString();
    const enterprise = this.newEnterprise(principal, input, now);
    return this.repository.writer.create(enterprise, input.outreachConsent ? [this.consentRecord(principal, enterprise.id, true, now)] : []);
  }

  /**
   * Many profiles at once (a bulk import), by the same rules as `create` (owner, consent history,
   * audit entry and event per firm), in one commit: all of them are stored and published, or none.
   */
  async createMany(principal: Principal, inputs: EnterpriseInput[]): Promise<Enterprise[]> {
    const now = new Date().toISOString();
    const enterprises = inputs.map((input) => this.newEnterprise(principal, input, now));
    return this.repository.writer.createMany(enterprises, (e) => (e.outreachConsent ? [this.consentRecord(principal, e.id, true, now)] : []));
  }

  private newEnterprise(principal: Principal, input: EnterpriseInput, now: string): Enterprise {
    const ownerId = hasRole(principal, 'enterprise') && !hasRole(principal, 'profiles-admin') ? principal.subject : null;
    return { id: newId(), version: 1, ...input, ownerId, createdAt: now, updatedAt: now };
  }

  /**
   * A consent decision: a new history record and the firm's current state, in one commit (so one
   * event). The body is read only once the caller may act on the firm, so a caller out of scope
   * learns nothing from a validation error.
   */
  async recordConsent(principal: Principal, id: string, body: unknown): Promise<{ enterprise: Enterprise; record: ConsentRecord }> {
    const current = await this.find(writeScopeOf(principal), id);
    const input: ConsentInput = validateWith(ConsentInputSchema, body);
    const now = new Date().toISOString();
    const record = this.consentRecord(principal, id, input.granted, now);
    const enterprise = await this.repository.writer.replace({ ...current, outreachConsent: input.granted, version: current.version + 1, updatedAt: now }, [record]);
    return { enterprise, record: record.document as ConsentRecord };
  }

  async consentHistory(principal: Principal, id: string): Promise<ConsentRecord[]> {
    const scope = hasRole(principal, 'platform-admin') ? readScopeOf(principal) : writeScopeOf(principal);
    const history = await this.repository.consents(scope, id);
    if (history) return history;
    await this.find(scope, id); // the same 403 / 404 as every other route
    return [];
  }

  async get(principal: Principal, id: string): Promise<Enterprise> {
    const enterprise = visibleTo(principal, await this.find(readScopeOf(principal), id));
    await this.auditReads(principal, [enterprise]);
    return enterprise;
  }

  async list(principal: Principal, query: EnterpriseListQuery): Promise<{ items: Enterprise[]; total: number }> {
    const { items, total } = await this.repository.list(readScopeOf(principal), query);
    const visible = items.map((e) => visibleTo(principal, e));
    await this.auditReads(principal, visible);
    return { items: visible, total };
  }

  /**
   * Everything this service holds about a firm (its owner's right of access, PIPL art. 45):
   * the profile, the consent history and the audit entries about it. The export is audited too.
   */
  async export(principal: Principal, id: string) {
    const enterprise = await this.find(writeScopeOf(principal), id);
    await this.repository.audit.record('export', [{ type: 'enterprise', id, enterpriseId: id }]);
    const [consents, audit] = await Promise.all([this.repository.consents(writeScopeOf(principal), id), this.repository.audit.find({ enterpriseId: id, limit: 10_000, offset: 0 })]);
    return { service: 'enterprise-profiles', exportedAt: new Date().toISOString(), profile: enterprise, consents: consents ?? [], audit: audit.items };
  }

  /** True when the caller owns the firm (for the audit log's owner view). */
  async owns(principal: Principal, id: string): Promise<boolean> {
    return hasRole(principal, 'enterprise') && (await this.repository.get({ kind: 'owner', ownerId: principal.subject }, id)) !== null;
  }

  /** Reads of firms by anyone but their owner (staff, admins) are recorded, one entry per firm. */
  private async auditReads(principal: Principal, firms: Enterprise[]): Promise<void> {
    const others = firms.filter((e) => e.ownerId !== principal.subject);
    await this.repository.audit.record('read', others.map((e) => ({ type: 'enterprise', id: e.id, enterpriseId: e.id })));
  }

  /**
   * Applies a JSON Merge Patch within the caller's scope: exactly the fields it names change.
   * Without If-Match a concurrent change to other fields is kept (the patch is re-applied to the
   * newer profile); with it, a stale version is refused. A change of consent is recorded as history.
   */
  async update(principal: Principal, id: string, patch: EnterprisePatch, expectedVersion?: number): Promise<Enterprise> {
    const scope = writeScopeOf(principal);
    const now = new Date().toISOString();
    return this.repository.writer.update(
      id,
      (stored) => {
        const current = stored ? withDefaults(stored) : null;
        if (!current || !inScope(scope, current)) throw this.outOfScope(scope, id);
        assertVersionMatches(expectedVersion, current.version, `Enterprise ${id}`);
        const { id: _id, version, createdAt, updatedAt: _u, ownerId, ...input } = current;
        const next = validateWith(EnterpriseInputSchema, applyMergePatch(input, patch));
        return { ...next, id, ownerId, version: version + 1, createdAt, updatedAt: now };
      },
      (stored, next) => (stored && stored.outreachConsent !== next.outreachConsent ? [this.consentRecord(principal, id, next.outreachConsent, now)] : []),
    );
  }

  async remove(principal: Principal, id: string, expectedVersion?: number): Promise<void> {
    const current = await this.find(writeScopeOf(principal), id);
    assertVersionMatches(expectedVersion, current.version, `Enterprise ${id}`);
    // The consent history goes with the firm (the audit keeps only the fact of the deletion).
    await this.repository.writer.remove(current, [{ op: 'deleteWhere', collection: CONSENTS, where: { enterpriseId: id } }]);
  }

  private consentRecord(principal: Principal, enterpriseId: string, granted: boolean, at: string): WriteOperation & { op: 'put'; document: ConsentRecord } {
    const document: ConsentRecord = {
      id: newId(),
      version: 1,
      enterpriseId,
      purpose: 'outreach',
      granted,
      at,
      by: principal.subject,
      byRole: principal.roles.join(','),
      noticeVersion: PRIVACY_NOTICE.version,
    };
    return { op: 'put', collection: CONSENTS, document, expectedVersion: null };
  }

  /**
   * The firm in scope. Outside the caller's scope, a missing firm and someone else's firm get the
   * same 403, so the answer never tells whether the id exists; only a caller who may see every
   * firm learns that one is missing (404).
   */
  private async find(scope: EnterpriseScope, id: string): Promise<Enterprise> {
    const enterprise = await this.repository.get(scope, id);
    if (enterprise) return withDefaults(enterprise);
    throw this.outOfScope(scope, id);
  }

  private outOfScope(scope: EnterpriseScope, id: string): Error {
    if (scope.kind === 'all') return new NotFoundException({ message: `No enterprise with id ${id.slice(0, 200)}`, issues: [{ field: 'id', reason: 'not found' }] });
    return new ForbiddenException({ message: 'This is not a firm you may see or change', issues: [{ field: 'id', reason: 'not in your scope (not yours, or not consenting)' }] });
  }
}

/** Profiles stored before owners and contacts existed read as unowned and without contact. */
const withDefaults = (e: Enterprise): Enterprise => ({ ...e, ownerId: e.ownerId ?? null, contact: e.contact ?? null });
