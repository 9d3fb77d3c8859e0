import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { applyMergePatch, CatalogueItem, CatalogueItemInputSchema, CatalogueItemKind } from '@fhk/contracts';
import { assertVersionMatches, validateWith } from '@fhk/platform/http';
import { CatalogueItemRepository } from './catalogue-item.repository';
import { CatalogueListQuery } from './catalogue-query.schema';

/** Reads and admin writes of the measure catalogue; every write publishes catalogue-item.changed.v1. */
@Injectable()
export class MeasureCatalogueService {
  constructor(private readonly repository: CatalogueItemRepository) {}

  async list(query: CatalogueListQuery): Promise<{ items: CatalogueItem[]; total: number }> {
    const all = await this.repository.list(query.kind as CatalogueItemKind | undefined);
    const matching = all.filter(
      (item) =>
        (query.measure === undefined || item.measures.includes(query.measure)) &&
        (query.industry === undefined || item.tags.industries.includes(query.industry)) &&
        (query.need === undefined || item.tags.needs.includes(query.need)) &&
        (query.includeSample || !item.sample),
    );
    return { items: matching.slice(query.offset, query.offset + query.limit), total: matching.length };
  }

  find(id: string): Promise<CatalogueItem | null> {
    return this.repository.get(id);
  }

  async get(id: string): Promise<CatalogueItem> {
    const item = await this.repository.get(id);
    if (!item) throw notFound(id);
    return item;
  }

  /** A JSON Merge Patch (RFC 7396) of the stored item; the result is validated as a whole item. */
  patch(id: string, patch: Record<string, unknown>, expectedVersion?: number): Promise<CatalogueItem> {
    return this.repository.writer.update(id, (current) => {
      if (!current) throw notFound(id);
      assertVersionMatches(expectedVersion, current.version, `Catalogue item ${id}`);
      const { version, ...input } = current;
      const next = validateWith(CatalogueItemInputSchema, applyMergePatch(input, patch));
      if (next.id !== id) throw new BadRequestException({ message: 'A patch cannot change the id', issues: [{ field: 'id', reason: `expected ${id}` }] });
      return { ...next, version: version + 1 } as CatalogueItem;
    });
  }

  async measure(number: number): Promise<CatalogueItem> {
    const measures = await this.repository.list('measure');
    const found = measures.find((m) => m.kind === 'measure' && m.number === number);
    if (!found) throw new NotFoundException({ message: `No measure number ${number}`, issues: [{ field: 'number', reason: 'not found' }] });
    return found;
  }

  async create(item: Omit<CatalogueItem, 'version'>): Promise<CatalogueItem> {
    return this.repository.writer.create({ ...item, version: 1 } as CatalogueItem);
  }

  async replace(id: string, next: Omit<CatalogueItem, 'version'>, expectedVersion?: number): Promise<CatalogueItem> {
    const current = await this.get(id);
    assertVersionMatches(expectedVersion, current.version, `Catalogue item ${id}`);
    return this.repository.writer.replace({ ...next, id, version: current.version + 1 } as CatalogueItem);
  }

  async remove(id: string, expectedVersion?: number): Promise<void> {
    const current = await this.get(id);
    assertVersionMatches(expectedVersion, current.version, `Catalogue item ${id}`);
    await this.repository.writer.remove(current);
  }
}

const notFound = (id: string) => new NotFoundException({ message: `No catalogue item with id ${id.slice(0, 200)}`, issues: [{ field: 'id', reason: 'not found' }] });
