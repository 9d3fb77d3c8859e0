import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { Enterprise, EnterpriseInput, EnterprisePatch } from '@fhk/contracts';
import { hasRole, Principal } from '@fhk/platform/auth';
import { assertVersionMatches } from '@fhk/platform/http';
import { newId } from '@fhk/platform/outbox';
import { EnterpriseScope, readScopeOf, visibleTo, writeScopeOf } from './enterprise-scope';
import { EnterpriseListQuery, EnterpriseRepository } from './enterprise.repository';

/** Create, change and delete enterprise profiles, each within the caller's scope; every change is published with it. */
@Injectable()
export class EnterpriseProfilesService {
  constructor(private readonly repository: EnterpriseRepository) {}

  /** An enterprise account owns what it creates; profiles-admin creates profiles nobody owns yet. */
  async create(principal: Principal, input: EnterpriseInput): Promise<Enterprise> {
    const now = new Date().toISOString();
    const ownerId = hasRole(principal, 'enterprise') && !hasRole(principal, 'profiles-admin') ? principal.subject : null;
    return this.repository.writer.create({ id: newId(), version: 1, ...input, ownerId, createdAt: now, updatedAt: now });
  }

  async get(principal: Principal, id: string): Promise<Enterprise> {
    return visibleTo(principal, await this.find(readScopeOf(principal), id));
  }

  async list(principal: Principal, query: EnterpriseListQuery): Promise<{ items: Enterprise[]; total: number }> {
    const { items, total } = await this.repository.list(readScopeOf(principal), query);
    return { items: items.map((e) => visibleTo(principal, e)), total };
  }

  async update(principal: Principal, id: string, patch: EnterprisePatch, expectedVersion?: number): Promise<Enterprise> {
    const current = await this.find(writeScopeOf(principal), id);
    assertVersionMatches(expectedVersion, current.version, `Enterprise ${id}`);
    return this.repository.writer.replace({ ...current, ...patch, version: current.version + 1, updatedAt: new Date().toISOString() });
  }

  async remove(principal: Principal, id: string, expectedVersion?: number): Promise<void> {
    const current = await this.find(writeScopeOf(principal), id);
    assertVersionMatches(expectedVersion, current.version, `Enterprise ${id}`);
    await this.repository.writer.remove(current);
  }

  /**
   * The firm in scope. Outside the caller's scope, a missing firm and someone else's firm get the
   * same 403, so the answer never tells whether the id exists; only a caller who may see every
   * firm learns that one is missing (404).
   */
  private async find(scope: EnterpriseScope, id: string): Promise<Enterprise> {
    const enterprise = await this.repository.get(scope, id);
    if (enterprise) return { ...enterprise, ownerId: enterprise.ownerId ?? null, contact: enterprise.contact ?? null };
    if (scope.kind === 'all') throw new NotFoundException({ message: `No enterprise with id ${id}`, issues: [{ field: 'id', reason: 'not found' }] });
    throw new ForbiddenException({ message: 'This is not a firm you may see or change', issues: [{ field: 'id', reason: 'not in your scope (not yours, or not consenting)' }] });
  }
}
