/**
 * The search port. Both adapters (embedded Orama, Meilisearch) implement the same semantics:
 *
 * - Documents are flat JSON objects with a string `id`.
 * - Full-text matching is over the index's `searchableFields`, which hold *pre-analysed* text:
 *   space-separated ASCII tokens produced by the matcher's analyser (CJK is folded and encoded
 *   before it reaches the engine), so both engines tokenise identically.
 * - A query's `text` is pre-analysed the same way. A document matches when it contains EVERY
 *   query token (AND), exact tokens only: no typo tolerance, no prefix matching. Empty text
 *   matches every document (filters and facets still apply).
 * - Filters: equality on a filterable field, or membership (`in`) for arrays of values; when the
 *   document's field is an array, equality means "contains".
 * - Facets: counts per value of each requested filterable field over the whole match set.
 * - Rank order among hits is engine-specific; callers that need a deterministic order re-score.
 *
 * Precisions both adapters enforce identically (see README.md for the full table):
 * - Tokens are `[a-z0-9]+` separated by whitespace, in documents and queries alike; anything else
 *   is rejected with `SearchInputError` rather than tokenised differently by each engine.
 * - Only the first `MAX_QUERY_TOKENS` distinct query tokens count (Meilisearch ignores the rest).
 * - Filter values and facet keys compare by their string form, trimmed, NFKD-folded and
 *   lower-cased (Meilisearch's facet normalisation): `true` matches "true", 2026 matches "2026".
 * - Document ids match `[A-Za-z0-9_-]{1,511}`; filterable fields hold scalars or arrays of scalars.
 * - A missing index is a `SearchIndexNotFoundError` for every operation but `ensureIndex`,
 *   `rebuild` and `drop`.
 */

/** Query tokens beyond this many (distinct, in order) are ignored by both adapters. */
export const MAX_QUERY_TOKENS = 10;

/** At most this many values are reported per facet; beyond it, which ones is engine-specific. */
export const MAX_FACET_VALUES = 1000;

export type FilterValue = string | number | boolean;

export interface SearchIndexSpec {
  name: string;
  searchableFields: string[];
  filterableFields: string[];
  sortableFields?: string[];
}

export interface SearchQuery {
  text: string;
  /** field -> value (equality / contains) or list of values (any of). All fields must hold. */
  filter?: Record<string, FilterValue | FilterValue[]>;
  facets?: string[];
  limit?: number;
  offset?: number;
}

export interface SearchHit<T> {
  id: string;
  document: T;
  /** Engine relevance, comparable only within one result set. */
  score: number;
}

export interface SearchResult<T> {
  hits: SearchHit<T>[];
  /** Number of documents matching text and filters (exact). */
  total: number;
  facets: Record<string, Record<string, number>>;
}

export interface SearchDocument {
  id: string;
  [field: string]: unknown;
}

export interface SearchHealth {
  ok: boolean;
  adapter: 'orama' | 'meilisearch';
  detail: string;
}

export interface SearchEngine {
  readonly adapter: 'orama' | 'meilisearch';
  /** Creates the index with its settings if missing; idempotent. */
  ensureIndex(spec: SearchIndexSpec): Promise<void>;
  upsert(index: string, documents: SearchDocument[]): Promise<void>;
  remove(index: string, ids: string[]): Promise<void>;
  search<T extends SearchDocument>(index: string, query: SearchQuery): Promise<SearchResult<T>>;
  count(index: string): Promise<number>;
  /**
   * Zero-downtime rebuild: fills a fresh index with `documents`, then atomically swaps it in
   * place of `spec.name`. Searches during the rebuild see the old index.
   */
  rebuild(spec: SearchIndexSpec, documents: AsyncIterable<SearchDocument[]> | SearchDocument[][]): Promise<void>;
  /** Deletes the index entirely (used by tests and by a full rebuild). */
  drop(index: string): Promise<void>;
  health(): Promise<SearchHealth>;
  close(): Promise<void>;
  /**
   * Optional (an in-memory engine that was given a place to keep files): writes the index, with
   * `meta`, to durable storage. Index and `meta` are captured at one instant (before the first
   * await), so `meta` can say exactly what the saved index reflects. Null: this engine keeps none.
   */
  saveSnapshot?(index: string, meta: unknown): Promise<{ bytes: number } | null>;
  /**
   * Optional: loads the saved index in place of `spec.name` and returns the `meta` saved with it,
   * or, leaving the engine as it was, why none can be used (missing, corrupt, other settings).
   */
  loadSnapshot?(spec: SearchIndexSpec): Promise<SearchSnapshotLoad>;
}

export type SearchSnapshotLoad = { loaded: true; meta: unknown; documents: number } | { loaded: false; problem: string };

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
