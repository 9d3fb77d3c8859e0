import { Injectable, NotFoundException } from '@nestjs/common';
import { Enterprise, EnterpriseInput, EnterprisePatch } from '@fhk/contracts';
import { assertVersionMatches } from '@fhk/platform/http';
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
    if (!enterprise) {
      throw new NotFoundException({ message: `No enterprise with id ${id}`, issues: [{ field: 'id', reason: 'not found' }] });
    }
    return enterprise;
  }

  async update(id: string, patch: EnterprisePatch, expectedVersion?: number): Promise<Enterprise> {
    const current = await this.get(id);
    assertVersionMatches(expectedVersion, current.version, `Enterprise ${id}`);
    return this.repository.writer.replace({ ...current, ...patch, version: current.version + 1, updatedAt: new Date().toISOString() });
  }

  async remove(id: string, expectedVersion?: number): Promise<void> {
    const current = await this.get(id);
    assertVersionMatches(expectedVersion, current.version, `Enterprise ${id}`);
    await this.repository.writer.remove(current);
  }
}
