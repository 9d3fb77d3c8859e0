import { Injectable, NotFoundException } from '@nestjs/common';
import { applyMergePatch, Enterprise, EnterpriseInput, EnterpriseInputSchema, EnterprisePatch } from '@fhk/contracts';
import { assertVersionMatches, validateWith } from '@fhk/platform/http';
import { newId } from '@fhk/platform/outbox';
import { EnterpriseRepository } from './enterprise.repository';

/** Create, change and delete enterprise profiles; every change is published with it. */
@Injectable()
export class EnterpriseProfilesService {
  constructor(private readonly repository: EnterpriseRepository) {}

  async create(input: EnterpriseInput): Promise<Enterprise> {
    const now = new Date().toISOString();
    return this.repository.writer.create({ id: newId(), version: 1, ...input, createdAt: now, updatedAt: now });
  }

  async get(id: string): Promise<Enterprise> {
    const enterprise = await this.repository.get(id);
    if (!enterprise) throw this.notFound(id);
    return enterprise;
  }

  private notFound(id: string): NotFoundException {
    return new NotFoundException({ message: `No enterprise with id ${id.slice(0, 200)}`, issues: [{ field: 'id', reason: 'not found' }] });
  }

  /**
   * Applies a JSON Merge Patch: exactly the fields it names change. Without If-Match a concurrent
   * change to other fields is kept (the patch is re-applied to the newer profile); with it, a
   * stale version is refused.
   */
  async update(id: string, patch: EnterprisePatch, expectedVersion?: number): Promise<Enterprise> {
    return this.repository.writer.update(id, (current) => {
      if (!current) throw this.notFound(id);
      assertVersionMatches(expectedVersion, current.version, `Enterprise ${id}`);
      const { id: _id, version, createdAt, updatedAt: _u, ...input } = current;
      const next = validateWith(EnterpriseInputSchema, applyMergePatch(input, patch));
      return { ...next, id, version: version + 1, createdAt, updatedAt: new Date().toISOString() };
    });
  }

  async remove(id: string, expectedVersion?: number): Promise<void> {
    const current = await this.get(id);
    assertVersionMatches(expectedVersion, current.version, `Enterprise ${id}`);
    await this.repository.writer.remove(current);
  }
}
