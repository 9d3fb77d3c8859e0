import { Inject, Injectable, Logger } from '@nestjs/common';
import { setImmediate } from 'node:timers/promises';
import { types } from 'node:util';
import { SEARCH_ENGINE, SearchEngine } from '@fhk/platform/search';
import { DOCUMENT_STORE, DocumentStore } from '@fhk/platform/store';
import { ENTERPRISE_READ_MODEL, EnterpriseRow, OPPORTUNITY_READ_MODEL, OpportunityRow } from '../read-model/read-model.collections';
import { readModelRows, readModelVersionPages } from './read-model-pages';
import { SEARCH_INDEX } from './search-document.mapper';
import { ClaimKind, claimKey, SearchIndexSync } from './search-index.sync';
import { analysisFingerprint } from './stored-search-document';

/** What a snapshot says it reflects: today's analysis, and the version of every row it holds. */
interface SnapshotMeta {
  fingerprint: string;
  claims: Map<string, number>;
}

export interface IndexRestore {
  /** `snapshot`: the saved index, then `synced` rows brought in step; `rebuild`: built from the read model. */
  from: 'snapshot' | 'rebuild';
  documents: number;
  synced: number;
  ms: number;
  /** Why the snapshot was not used (`rebuild` only). */
  problem?: string;
}

/** Rows applied between two turns of the event loop while a restored index is brought in step. */
const SYNC_CHUNK = 50;

function metaOf(meta: unknown): SnapshotMeta | string {
  const candidate = meta as Partial<SnapshotMeta> | null;
  if (!candidate || !types.isMap(candidate.claims) || typeof candidate.fingerprint !== 'string') return 'snapshot without row versions';
  if (candidate.fingerprint !== analysisFingerprint()) return 'snapshot of another analysis';
  return candidate as SnapshotMeta;
}

/**
 * The search index across restarts (ADR 0020). A snapshot is the index as it was plus, for every
 * read-model row, the version the index reflected at that instant (`SearchIndexSync`'s claims).
 * At start it is loaded, then every row of the read model is compared with its claim and only the
 * rows that differ are synced again (changes committed after the snapshot, a crash, a read-model
 * rebuild meanwhile); claimed rows the read model no longer has leave the index. So what the
 * index holds after a restore is what a rebuild would hold, at a fraction of the cost: no
 * document is indexed again unless its row changed. No usable snapshot: the rebuild as before.
 */
@Injectable()
export class SearchIndexSnapshots {
  private readonly logger = new Logger(SearchIndexSnapshots.name);

  constructor(
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly sync: SearchIndexSync,
  ) {}

  /** At start, before the consumers run: the saved index brought in step, else a rebuild. */
  async restore(): Promise<IndexRestore> {
    const started = Date.now();
    const loaded = this.engine.loadSnapshot ? await this.engine.loadSnapshot(SEARCH_INDEX) : { loaded: false as const, problem: 'the search engine keeps no snapshots' };
    const meta = loaded.loaded ? metaOf(loaded.meta) : loaded.problem;
    if (typeof meta === 'string') {
      const rebuilt = await this.sync.rebuild();
      return { from: 'rebuild', documents: rebuilt.documents, synced: 0, ms: Date.now() - started, problem: meta };
    }
    this.sync.adoptClaims(meta.claims);
    const synced = await this.bringInStep(meta.claims);
    const restored = { from: 'snapshot' as const, documents: await this.engine.count(SEARCH_INDEX.name), synced, ms: Date.now() - started };
    this.logger.log(`search index restored from its snapshot: ${restored.documents} documents, ${synced} rows synced again, ${restored.ms} ms`);
    return restored;
  }

  /**
   * Saves the index with its claims; not while a rebuild runs (its index and claims are swapped
   * in together only at its end). Null when nothing was saved.
   */
  async save(): Promise<{ bytes: number; ms: number } | null> {
    if (!this.engine.saveSnapshot || this.sync.busy) return null;
    const started = Date.now();
    const meta: SnapshotMeta = { fingerprint: analysisFingerprint(), claims: this.sync.claimedVersions() as Map<string, number> };
    const saved = await this.engine.saveSnapshot(SEARCH_INDEX.name, meta);
    return saved && { bytes: saved.bytes, ms: Date.now() - started };
  }

  /**
   * Every row whose version is not the claimed one is synced again; claims without a row are dropped.
   * The walk reads ids and versions only: just the rows that differ are read whole.
   */
  private async bringInStep(claims: ReadonlyMap<string, number>): Promise<number> {
    const unclaimed = new Set(claims.keys());
    let synced = 0;
    const walks: Array<[ClaimKind, string, (row: EnterpriseRow & OpportunityRow) => Promise<void>]> = [
      ['enterprise', ENTERPRISE_READ_MODEL, (row) => this.sync.applyEnterprise(row)],
      ['opportunity', OPPORTUNITY_READ_MODEL, (row) => this.sync.applyOpportunity(row)],
    ];
    for (const [kind, collection, apply] of walks) {
      for await (const page of readModelVersionPages(this.store, collection)) {
        const changed: string[] = [];
        for (const { id, version } of page) {
          const key = claimKey(kind, id);
          if (claims.get(key) !== version) changed.push(id);
          else unclaimed.delete(key);
        }
        // A row gone between the two reads stays unclaimed: it leaves the index below.
        for (const row of await readModelRows<EnterpriseRow & OpportunityRow>(this.store, collection, changed)) {
          unclaimed.delete(claimKey(kind, row.id));
          await apply(row);
          if (++synced % SYNC_CHUNK === 0) await setImmediate();
        }
        await setImmediate();
      }
    }
    for (const key of unclaimed) {
      await this.sync.forget(key);
      synced++;
    }
    return synced;
  }
}
