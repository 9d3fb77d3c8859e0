import { Inject, Injectable } from '@nestjs/common';
import { setImmediate } from 'node:timers/promises';
import { SEARCH_ENGINE, SearchEngine } from '@fhk/platform/search';
import { DOCUMENT_STORE, DocumentStore } from '@fhk/platform/store';
import {
  ENTERPRISE_READ_MODEL,
  EnterpriseRow,
  OPPORTUNITY_READ_MODEL,
  OpportunityRow,
} from '../read-model/read-model.collections';
import { ReadModelChange, ReadModelChanges } from '../read-model/read-model-changes';
import { enterpriseSearchDocument, MatcherSearchDocument, opportunitySearchDocument, SEARCH_INDEX, searchDocumentId } from './search-document.mapper';

export interface RebuildProgress {
  (indexed: number, total: number): void;
}

/**
 * Keeps the search index in step with the matcher's read model. The read model is the truth;
 * the index is a cache that can always be rebuilt from it (and is, at every start).
 */
@Injectable()
export class SearchIndexSync {
  /** Ids changed while a rebuild runs: re-synced after the swap so no change is lost. */
  private touchedDuringRebuild: Set<string> | null = null;
  private lastRebuild: { at: string; documents: number; ms: number } | null = null;
  /** While a rebuild runs: how far it got (shown by GET /api/matcher/index). */
  private rebuilding: { startedAt: string; indexed: number; total: number } | null = null;
  private running: Promise<{ documents: number; ms: number }> | null = null;

  constructor(
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    changes: ReadModelChanges,
  ) {
    changes.subscribe((change) => this.onChange(change));
  }

  /** Follows the read model: one entity re-synced per change (a wholesale replacement is rebuilt by its owner). */
  private async onChange(change: ReadModelChange): Promise<void> {
    if (change.kind === 'enterprise') await this.syncEnterprise(change.id);
    else if (change.kind === 'opportunity') await (change.rowId ? this.syncOpportunity(change.rowId) : this.syncOpportunityByEntityId(change.entityId));
  }

  async syncEnterprise(id: string): Promise<void> {
    this.touchedDuringRebuild?.add(`enterprise:${id}`);
    const row = await this.store.get<EnterpriseRow>(ENTERPRISE_READ_MODEL, id);
    if (!row?.entity || row.deleted) await this.engine.remove(SEARCH_INDEX.name, [searchDocumentId('enterprise', id)]);
    else await this.engine.upsert(SEARCH_INDEX.name, [enterpriseSearchDocument(row.entity)]);
  }

  async syncOpportunity(rowId: string): Promise<void> {
    this.touchedDuringRebuild?.add(rowId);
    const row = await this.store.get<OpportunityRow>(OPPORTUNITY_READ_MODEL, rowId);
    if (!row) return;
    if (!row.entity || row.deleted) await this.engine.remove(SEARCH_INDEX.name, [searchDocumentId(row.type, row.entityId)]);
    else await this.engine.upsert(SEARCH_INDEX.name, [opportunitySearchDocument(row.entity)]);
  }

  async syncOpportunityByEntityId(entityId: string): Promise<void> {
    const rows = await this.store.find<OpportunityRow>(OPPORTUNITY_READ_MODEL, { where: { entityId } });
    for (const row of rows) await this.syncOpportunity(row.id);
  }

  /**
   * Builds a fresh index from the read model and swaps it in; searches keep working meanwhile.
   * A request while a rebuild runs joins it (its progress callback is not called).
   */
  rebuild(progress?: RebuildProgress): Promise<{ documents: number; ms: number }> {
    this.running ??= this.rebuildOnce(progress).finally(() => (this.running = null));
    return this.running;
  }

  private async rebuildOnce(progress?: RebuildProgress): Promise<{ documents: number; ms: number }> {
    const started = Date.now();
    this.touchedDuringRebuild = new Set();
    const total =
      (await this.store.count(ENTERPRISE_READ_MODEL, { deleted: false })) + (await this.store.count(OPPORTUNITY_READ_MODEL, { deleted: false }));
    let indexed = 0;
    this.rebuilding = { startedAt: new Date().toISOString(), indexed: 0, total };
    const batches = async function* (this: SearchIndexSync): AsyncIterable<MatcherSearchDocument[]> {
      for (const [collection, toDocument] of [
        [ENTERPRISE_READ_MODEL, (r: EnterpriseRow) => enterpriseSearchDocument(r.entity!)],
        [OPPORTUNITY_READ_MODEL, (r: OpportunityRow) => opportunitySearchDocument(r.entity!)],
      ] as const) {
        for (let offset = 0; ; offset += 500) {
          const rows = await this.store.find<EnterpriseRow & OpportunityRow>(collection, {
            where: { deleted: false },
            orderBy: [['id', 'asc']],
            limit: 500,
            offset,
          });
          if (rows.length === 0) break;
          indexed += rows.length;
          this.rebuilding = { ...this.rebuilding!, indexed };
          progress?.(indexed, total);
          yield rows.map((row) => toDocument(row));
          await setImmediate(); // the embedded engine indexes synchronously: keep answering searches between batches
        }
      }
    }.call(this);
    try {
      await this.engine.rebuild(SEARCH_INDEX, batches);
    } finally {
      this.rebuilding = null;
      const touched = this.touchedDuringRebuild;
      this.touchedDuringRebuild = null;
      for (const id of touched) {
        if (id.startsWith('enterprise:')) await this.syncEnterprise(id.slice('enterprise:'.length));
        else await this.syncOpportunity(id);
      }
    }
    const ms = Date.now() - started;
    this.lastRebuild = { at: new Date().toISOString(), documents: indexed, ms };
    return { documents: indexed, ms };
  }

  async status() {
    return {
      documents: await this.engine.count(SEARCH_INDEX.name),
      enterprises: await this.store.count(ENTERPRISE_READ_MODEL, { deleted: false }),
      opportunities: await this.store.count(OPPORTUNITY_READ_MODEL, { deleted: false }),
      lastRebuild: this.lastRebuild,
      rebuilding: this.rebuilding,
    };
  }
}
