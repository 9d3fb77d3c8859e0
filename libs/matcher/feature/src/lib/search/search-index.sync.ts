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
import { admissibleSearchDocument, storedSearchDocument } from './stored-search-document';
import { readModelPages } from './read-model-pages';

/** A read-model row the index refused: kept out of the index, reported in health and status. */
export interface QuarantinedDocument {
  id: string;
  reason: string;
}

/** Rows analysed and indexed between two turns of the event loop (each takes ~1-20 ms). */
const ANALYSIS_CHUNK = 10;

/** How many quarantined documents status and health list (the count is always exact). */
const QUARANTINE_LISTED = 20;

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
  /** Rows the index refused, by search document id; a later good version takes them out again. */
  private readonly quarantined = new Map<string, string>();
  /**
   * Row key (`claimKey`) -> the row version the index reflects (its document, or its absence for a
   * tombstone). Only ever a true claim: it is dropped before the index is touched and set once the
   * change is in, and quarantined rows get none, so a snapshot saved with it (ADR 0020) never
   * claims more than the index holds; a row without a claim is simply synced again.
   */
  private claims = new Map<string, number>();

  constructor(
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    changes: ReadModelChanges,
  ) {
    changes.subscribe((change) => this.onChange(change));
  }

  /** Follows the read model: one entity re-synced per change (a wholesale replacement is rebuilt by its owner). */
  private async onChange(change: ReadModelChange): Promise<void> {
    if (change.kind === 'enterprise') await this.syncEnterprise(change.id, change.row);
    else if (change.kind === 'opportunity') await (change.rowId ? this.syncOpportunity(change.rowId) : this.syncOpportunityByEntityId(change.entityId));
  }

  /**
   * Puts the index in step with the enterprise's read-model row: `committed`, the row a projection
   * has just committed, when the caller has it (not read back; the index keeps a later version it
   * already reflects), else the row as read now.
   */
  async syncEnterprise(id: string, committed?: EnterpriseRow): Promise<void> {
    this.touchedDuringRebuild?.add(`enterprise:${id}`);
    if (committed) {
      if ((this.claims.get(claimKey('enterprise', id)) ?? -1) > committed.version) return;
      return this.applyEnterprise(committed);
    }
    const row = await this.store.get<EnterpriseRow>(ENTERPRISE_READ_MODEL, id);
    await (row ? this.applyEnterprise(row) : this.forget(claimKey('enterprise', id)));
  }

  async syncOpportunity(rowId: string): Promise<void> {
    this.touchedDuringRebuild?.add(rowId);
    const row = await this.store.get<OpportunityRow>(OPPORTUNITY_READ_MODEL, rowId);
    if (row) await this.applyOpportunity(row);
  }

  /** Puts the index in step with this enterprise row (as read from the store). */
  async applyEnterprise(row: EnterpriseRow): Promise<void> {
    const documentId = searchDocumentId('enterprise', row.id);
    await this.claimed(claimKey('enterprise', row.id), row.version, () =>
      !row.entity || row.deleted ? this.remove(documentId) : this.upsert(row, () => enterpriseSearchDocument(row.entity!), documentId),
    );
  }

  /** Puts the index in step with this opportunity row (as read from the store). */
  async applyOpportunity(row: OpportunityRow): Promise<void> {
    const documentId = searchDocumentId(row.type, row.entityId);
    await this.claimed(claimKey('opportunity', row.id), row.version, () =>
      !row.entity || row.deleted ? this.remove(documentId) : this.upsert(row, () => opportunitySearchDocument(row.entity!), documentId),
    );
  }

  /** A claimed row that is no longer in the read model: its document goes, and the claim with it. */
  async forget(key: string): Promise<void> {
    this.claims.delete(key);
    const [kind, id] = splitClaimKey(key);
    const at = id.indexOf(':');
    await this.remove(kind === 'enterprise' ? searchDocumentId('enterprise', id) : searchDocumentId(id.slice(0, at) as OpportunityRow['type'], id.slice(at + 1)));
  }

  /** The versions the index reflects (read by the snapshot, which copies it at once). */
  claimedVersions(): ReadonlyMap<string, number> {
    return this.claims;
  }

  /** After a snapshot's index was loaded: the claims saved with it. */
  adoptClaims(claims: Map<string, number>): void {
    this.quarantined.clear();
    this.claims = claims;
  }

  /** Whether a rebuild is running (its index and claims are swapped in only at its end). */
  get busy(): boolean {
    return this.running !== null;
  }

  private async claimed(key: string, version: number, change: () => Promise<boolean>): Promise<void> {
    const claims = this.claims; // a rebuild swapping in its own meanwhile re-syncs this row after
    claims.delete(key);
    if (await change()) claims.set(key, version);
  }

  /** What the index refused (first QUARANTINE_LISTED) and how many: shown by health and status. */
  quarantine(): { count: number; documents: QuarantinedDocument[] } {
    const documents = [...this.quarantined].slice(0, QUARANTINE_LISTED).map(([id, reason]) => ({ id, reason }));
    return { count: this.quarantined.size, documents };
  }

  private async remove(documentId: string): Promise<true> {
    this.quarantined.delete(documentId);
    await this.engine.remove(SEARCH_INDEX.name, [documentId]);
    return true;
  }

  /** Upserts the document, or quarantines it (and removes any older copy) when the index would refuse it; false when quarantined. */
  private async upsert(row: EnterpriseRow | OpportunityRow, toDocument: () => MatcherSearchDocument, documentId: string): Promise<boolean> {
    const document = this.admissible(row, toDocument, documentId);
    if (document) await this.engine.upsert(SEARCH_INDEX.name, [document]);
    else await this.engine.remove(SEARCH_INDEX.name, [documentId]);
    return document !== null;
  }

  /**
   * The row's document if the index takes it; otherwise null, with the row quarantined (never a
   * failed batch or boot). The one stored in the row when it was made with today's analysis, else
   * analysed now (rows written before documents were stored, or after an analysis change).
   */
  private admissible(row: EnterpriseRow | OpportunityRow, toDocument: () => MatcherSearchDocument, documentId: string): MatcherSearchDocument | null {
    const { document, problem } = storedSearchDocument(row) ?? admissibleSearchDocument(toDocument);
    if (problem === null && document) {
      this.quarantined.delete(documentId);
      return document;
    }
    this.quarantined.set(documentId, problem ?? 'no search document');
    return null;
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
    this.quarantined.clear();
    const total =
      (await this.store.count(ENTERPRISE_READ_MODEL, { deleted: false })) + (await this.store.count(OPPORTUNITY_READ_MODEL, { deleted: false }));
    let indexed = 0;
    this.rebuilding = { startedAt: new Date().toISOString(), indexed: 0, total };
    const claims = new Map<string, number>();
    const batches = async function* (this: SearchIndexSync): AsyncIterable<MatcherSearchDocument[]> {
      for (const [kind, collection, toDocument, idOf] of [
        ['enterprise', ENTERPRISE_READ_MODEL, (r: EnterpriseRow) => enterpriseSearchDocument(r.entity!), (r: EnterpriseRow) => searchDocumentId('enterprise', r.id)],
        ['opportunity', OPPORTUNITY_READ_MODEL, (r: OpportunityRow) => opportunitySearchDocument(r.entity!), (r: OpportunityRow) => searchDocumentId(r.type, r.entityId)],
      ] as const) {
        for await (const page of readModelPages<EnterpriseRow & OpportunityRow>(this.store, collection)) {
          const rows: Array<EnterpriseRow & OpportunityRow> = [];
          for (const row of page) {
            // The fresh index holds no document for a tombstone: that is what it reflects of it.
            if (row.deleted || !row.entity) claims.set(claimKey(kind, row.id), row.version);
            else rows.push(row);
          }
          for (let at = 0; at < rows.length; at += ANALYSIS_CHUNK) {
            const chunk = rows.slice(at, at + ANALYSIS_CHUNK);
            indexed += chunk.length;
            this.rebuilding = { ...this.rebuilding!, indexed };
            progress?.(indexed, total);
            const documents: MatcherSearchDocument[] = [];
            for (const row of chunk) {
              const document = this.admissible(row, () => toDocument(row), idOf(row));
              if (!document) continue;
              documents.push(document);
              claims.set(claimKey(kind, row.id), row.version);
            }
            yield documents;
            // Analysis and the embedded engine's indexing are synchronous: keep answering requests between chunks.
            await setImmediate();
          }
        }
      }
    }.call(this);
    try {
      await this.engine.rebuild(SEARCH_INDEX, batches);
      this.claims = claims; // with the swap; the changes made meanwhile are synced again just below
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
      quarantined: this.quarantine(),
    };
  }
}

export type ClaimKind = 'enterprise' | 'opportunity';

/** The key of a read-model row among the claims: its kind and its row id (an opportunity's is `type:entityId`). */
export const claimKey = (kind: ClaimKind, rowId: string): string => `${kind}\u0000${rowId}`;

function splitClaimKey(key: string): [ClaimKind, string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at) as ClaimKind, key.slice(at + 1)];
}
