/**
 * Embedded adapter: one in-memory Orama instance per index. The index is a cache its owner rebuilds
 * from the store on start (Orama's persistence plugins are not used).
 *
 * How the port's semantics are obtained from Orama 3:
 * - Orama documents hold only the id and hidden fields: `s_<field>` (searchable text, type
 *   'string') and `f_<field>` (normalised filter keys, type 'enum[]'). The caller's document is
 *   kept beside them, so hidden fields never leak and never collide with the caller's fields.
 * - A whitespace-only tokenizer component replaces the default one (no stemming, no stop words).
 * - Each distinct query token is searched on its own (exact-token index component, `tolerance: 0`); the match
 *   set is the intersection of those per-token sets (AND across fields). Orama's own multi-term
 *   `threshold: 0` only accepts documents holding every term in ONE property, and its scoring and
 *   threshold paths have had bugs (oramasearch/orama#850, #910, #911, #924), so it is not used.
 * - Snapshots (only with `snapshotDir`): Orama's own `save`/`load` (the exact-token component saves
 *   its postings as they are) plus the caller's documents and the spec, in `<dir>/<index>.snapshot`.
 * - Filters are `containsAny` on the `f_` enum arrays when there are no words (browsing); with words,
 *   the same test runs on the words' match set (cheaper than Orama's `where` once per word). Facets,
 *   totals and paging are computed here from the exact match set.
 */
import { join } from 'node:path';
import { AnyOrama, RawData, Tokenizer, count, create, insert, load, remove, save, search } from '@orama/orama';
import { exactTokenIndex } from './exact-token-index.component';
import { SharedValues } from './shared-values.component';
import { encodeSnapshot, readSnapshotFile, writeSnapshotFile } from '@fhk/shared/util';
import { SEARCH_SNAPSHOT_FORMAT, SnapshotAssembly, SnapshotHead, snapshotRecords } from './orama-snapshot.records';
import { SearchDocument, SearchEngine, SearchHealth, SearchIndexSpec, SearchQuery, SearchResult, SearchSnapshotLoad, SearchEngineClosedError, SearchIndexNotFoundError, NormalizedQuery, ResolvedIndexSpec, assertIndexName, computeFacets, filterKey, filterableValues, normalizeQuery, prepareDocuments, removableIds, resolveSpec, sameSpec, tokenize } from '@fhk/platform/search';

interface OramaIndex {
  spec: ResolvedIndexSpec;
  db: AnyOrama;
  /** The caller's documents (JSON-normalised, equal small values shared: `shared-values.component.ts`), by id. */
  documents: Map<string, SearchDocument>;
  shared: SharedValues;
}

type OramaWhere = Record<string, { containsAny: string[] }>;

const whitespaceTokenizer = (): Tokenizer => ({
  language: 'english',
  normalizationCache: new Map<string, string>(),
  tokenize: (raw: string) => tokenize(String(raw).toLowerCase()),
});

const searchField = (field: string): string => `s_${field}`;

/** `containsAny` on every filter, as the `f_` fields are indexed: the document's keys meet the filter's. */
function passesFilters(document: SearchDocument, filters: NormalizedQuery['filters']): boolean {
  return filters.every((filter) => filterableValues(document[filter.field]).some((value) => filter.keys.includes(filterKey(value))));
}
const filterField = (field: string): string => `f_${field}`;

/**
 * Without async hooks or components every Orama call answers synchronously; relying on that makes
 * each upsert, remove and search atomic for concurrent callers (no interleaving mid-operation).
 */
function now<T>(value: T | Promise<T>, operation: string): T {
  if (value instanceof Promise) throw new Error(`orama ${operation} went asynchronous: unsupported configuration`);
  return value;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface OramaSearchEngineOptions {
  /** Where `saveSnapshot` writes and `loadSnapshot` reads `<index>.snapshot`; without it there are no snapshots. */
  snapshotDir?: string;
}

export class OramaSearchEngine implements SearchEngine {
  readonly adapter = 'orama' as const;
  private readonly indexes = new Map<string, OramaIndex>();
  private closed = false;

  constructor(private readonly options: OramaSearchEngineOptions = {}) {}

  async ensureIndex(spec: SearchIndexSpec): Promise<void> {
    this.assertOpen();
    const resolved = resolveSpec(spec);
    const existing = this.indexes.get(resolved.name);
    if (existing && sameSpec(existing.spec, resolved)) return;
    // New index, or new settings: Orama schemas are fixed, so re-index the kept documents.
    const next = this.createIndex(resolved);
    if (existing) this.insertAll(next, prepareDocuments(resolved, [...existing.documents.values()]));
    this.indexes.set(resolved.name, next);
  }

  async upsert(index: string, documents: SearchDocument[]): Promise<void> {
    const target = this.index(index);
    this.replace(target, prepareDocuments(target.spec, documents));
  }

  async remove(index: string, ids: string[]): Promise<void> {
    const target = this.index(index);
    for (const id of removableIds(ids)) {
      if (target.documents.has(id)) this.removeOne(target, id);
    }
  }

  async search<T extends SearchDocument>(index: string, query: SearchQuery): Promise<SearchResult<T>> {
    const target = this.index(index);
    const normalized = normalizeQuery(target.spec, query);
    const matches = normalized.matchesNothing ? new Map<string, number>() : this.matchSet(target, normalized);
    const ranked = [...matches.entries()].sort(([idA, a], [idB, b]) => b - a || (idA < idB ? -1 : idA > idB ? 1 : 0));
    const page = ranked.slice(normalized.offset, normalized.offset + normalized.limit);
    const documentOf = (id: string): SearchDocument => target.documents.get(id) as SearchDocument;
    return {
      hits: page.map(([id, score]) => ({ id, score, document: structuredClone(documentOf(id)) as T })),
      total: matches.size,
      facets: computeFacets(
        ranked.map(([id]) => documentOf(id)),
        normalized.facets,
      ),
    };
  }

  async count(index: string): Promise<number> {
    return count(this.index(index).db);
  }

  async rebuild(spec: SearchIndexSpec, documents: AsyncIterable<SearchDocument[]> | SearchDocument[][]): Promise<void> {
    this.assertOpen();
    const resolved = resolveSpec(spec);
    const fresh = this.createIndex(resolved);
    for await (const batch of documents) {
      this.assertOpen();
      this.replace(fresh, prepareDocuments(resolved, batch));
      await yieldToEventLoop(); // let searches on the old index run between batches
    }
    this.assertOpen();
    this.indexes.set(resolved.name, fresh); // the swap: one assignment, readers see old or new
  }

  async drop(index: string): Promise<void> {
    this.assertOpen();
    assertIndexName(index);
    this.indexes.delete(index);
  }

  async health(): Promise<SearchHealth> {
    if (this.closed) return { ok: false, adapter: this.adapter, detail: 'closed' };
    let documents = 0;
    for (const entry of this.indexes.values()) documents += entry.documents.size;
    return { ok: true, adapter: this.adapter, detail: `in-memory: ${this.indexes.size} index(es), ${documents} document(s)` };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.indexes.clear();
  }

  async saveSnapshot(index: string, meta: unknown): Promise<{ bytes: number } | null> {
    const target = this.index(index);
    const file = this.snapshotFile(index);
    if (!file) return null;
    // Serialised before the first await: index and meta are one instant's. Orama's own copies of the
    // documents (id and hidden fields) are left out: made again from the documents at load, they share
    // their strings instead of holding a second copy of every text.
    const raw = { ...save(target.db), docs: { docs: {}, count: count(target.db) } };
    const head: SnapshotHead = { format: SEARCH_SNAPSHOT_FORMAT, spec: target.spec, meta };
    return { bytes: await writeSnapshotFile(file, encodeSnapshot(snapshotRecords(head, raw, [...target.documents.values()]))) };
  }

  async loadSnapshot(spec: SearchIndexSpec): Promise<SearchSnapshotLoad> {
    this.assertOpen();
    const resolved = resolveSpec(spec);
    const file = this.snapshotFile(resolved.name);
    if (!file) return { loaded: false, problem: 'snapshots are off (no snapshot directory)' };
    const next = this.createIndex(resolved);
    const assembly = new SnapshotAssembly(
      (head) => {
        if (head.format !== SEARCH_SNAPSHOT_FORMAT) throw new Error(`search snapshot format ${String(head.format ?? 1)}, expected ${SEARCH_SNAPSHOT_FORMAT}`);
        if (!head.spec) throw new Error('snapshot body is malformed');
        if (!sameSpec(head.spec, resolved)) throw new Error('snapshot of other index settings');
      },
      (documents) => {
        for (const document of documents) next.documents.set(document.id, next.shared.document(document));
      },
    );
    const read = await readSnapshotFile(file, (record, at) => assembly.take(record, at));
    if (!read) return { loaded: false, problem: 'no snapshot' };
    if ('problem' in read) return { loaded: false, problem: read.problem };
    if (!assembly.head) return { loaded: false, problem: 'snapshot body is malformed' };
    try {
      const raw = assembly.rawData();
      load(next.db, { ...raw, docs: this.oramaDocuments(next, raw) });
    } catch (error) {
      return { loaded: false, problem: `snapshot cannot be loaded: ${(error as Error).message}` };
    }
    const indexed = count(next.db);
    if (indexed !== next.documents.size) return { loaded: false, problem: `snapshot holds ${indexed} indexed and ${next.documents.size} kept documents` };
    this.assertOpen();
    this.indexes.set(resolved.name, next);
    return { loaded: true, meta: assembly.head.meta, documents: indexed };
  }

  /**
   * Orama's documents store as `save` gives it, made from the kept documents and the saved internal
   * ids (which then hold the kept documents' id strings, not copies).
   */
  private oramaDocuments(target: OramaIndex, raw: RawData): { docs: Record<number, unknown>; count: number } {
    const { documents } = target;
    const { internalIdToId } = raw.internalDocumentIDStore as { internalIdToId: string[] };
    const docs: Record<number, unknown> = {};
    let kept = 0;
    for (let at = 0; at < internalIdToId.length; at++) {
      const document = documents.get(internalIdToId[at]);
      if (!document) continue;
      internalIdToId[at] = document.id;
      docs[at + 1] = this.indexed(target, document);
      kept++;
    }
    const { count: saved } = raw.docs as { count: number };
    if (kept !== saved || kept !== documents.size) throw new Error(`${saved} documents indexed, ${documents.size} kept, ${kept} with an internal id`);
    return { docs, count: kept };
  }

  /** Names of the indexes held in memory (diagnostics and tests; not part of the port). */
  indexNames(): string[] {
    return [...this.indexes.keys()].sort();
  }

  private assertOpen(): void {
    if (this.closed) throw new SearchEngineClosedError(this.adapter);
  }

  private snapshotFile(index: string): string | null {
    assertIndexName(index);
    return this.options.snapshotDir ? join(this.options.snapshotDir, `${index}.snapshot`) : null;
  }

  private index(name: string): OramaIndex {
    this.assertOpen();
    assertIndexName(name);
    const found = this.indexes.get(name);
    if (!found) throw new SearchIndexNotFoundError(name);
    return found;
  }

  private createIndex(spec: ResolvedIndexSpec): OramaIndex {
    const schema: Record<string, 'string' | 'enum[]'> = {};
    for (const field of spec.searchableFields) schema[searchField(field)] = 'string';
    for (const field of spec.filterableFields) schema[filterField(field)] = 'enum[]';
    const db = create({ schema, components: { tokenizer: whitespaceTokenizer(), index: exactTokenIndex() }, sort: { enabled: false } });
    return { spec, db, documents: new Map(), shared: new SharedValues() };
  }

  /** The Orama-side record: id plus hidden search/filter fields derived from the document. */
  private indexed({ spec, shared }: OramaIndex, document: SearchDocument): Record<string, unknown> {
    const record: Record<string, unknown> = { id: document.id };
    for (const field of spec.searchableFields) {
      const text = document[field];
      if (typeof text === 'string') record[searchField(field)] = text;
    }
    for (const field of spec.filterableFields) {
      const keys = filterableValues(document[field]);
      // No values, no field: Orama skips an absent field on insert and remove, and no filter matches it.
      if (keys.length > 0) record[filterField(field)] = shared.array([...new Set(keys.map(filterKey))]);
    }
    return record;
  }

  /** Validated documents in, replacing same-id ones; synchronous, so atomic for readers. */
  private replace(target: OramaIndex, documents: SearchDocument[]): void {
    for (const document of documents) {
      if (target.documents.has(document.id)) this.removeOne(target, document.id);
    }
    this.insertAll(target, documents);
  }

  private insertAll(target: OramaIndex, documents: SearchDocument[]): void {
    for (const document of documents) {
      const kept = target.shared.document(document);
      now(insert(target.db, this.indexed(target, kept)), 'insert');
      target.documents.set(kept.id, kept);
    }
  }

  private removeOne(target: OramaIndex, id: string): void {
    now(remove(target.db, id), 'remove');
    target.documents.delete(id);
  }

  /** id -> score for every document matching all query tokens and filters. */
  private matchSet(target: OramaIndex, query: NormalizedQuery): Map<string, number> {
    const where: OramaWhere = {};
    for (const filter of query.filters) where[filterField(filter.field)] = { containsAny: filter.keys };
    const hasWhere = query.filters.length > 0;
    const limit = count(target.db);
    if (query.tokens.length === 0) {
      const all = now(search(target.db, { term: '', limit, ...(hasWhere ? { where } : {}) }), 'search');
      return new Map(all.hits.map((hit) => [hit.id, 0]));
    }
    let matches: Map<string, number> | undefined;
    for (const token of query.tokens) {
      const result = now(
        search(target.db, {
          term: token,
          properties: target.spec.searchableFields.map(searchField),
          // The exact-token index matches exact tokens only; `exact: true` would only add Orama's
          // per-hit regular-expression re-check of the stored text, which says the same.
          exact: false,
          tolerance: 0,
          limit,
        }),
        'search',
      );
      const next = new Map<string, number>();
      for (const hit of result.hits) {
        const previous = matches === undefined ? 0 : matches.get(hit.id);
        if (previous !== undefined) next.set(hit.id, previous + hit.score);
      }
      matches = next;
      if (matches.size === 0) break;
    }
    // Filters apply to the words' match set, not inside each word's search: Orama's `where` collects
    // every document the filter holds (all 20,000 firms for type=enterprise) once per word.
    if (!matches || !hasWhere) return matches ?? new Map<string, number>();
    for (const [id] of matches) if (!passesFilters(target.documents.get(id) as SearchDocument, query.filters)) matches.delete(id);
    return matches;
  }
}
