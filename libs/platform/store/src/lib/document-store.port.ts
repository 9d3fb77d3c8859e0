/**
 * The store port: a small document-store dialect that both the embedded SQLite adapter and the
 * MongoDB adapter implement identically. Anything outside this dialect is rejected by
 * `validateFindOptions` in both adapters, so code written against the embedded store cannot
 * depend on something MongoDB would do differently (and vice versa).
 */

export type Scalar = string | number | boolean | null;

/** Comparison on one field. Field names may be dotted paths into nested objects (`a.b`). */
export interface FieldCondition {
  $eq?: Scalar;
  $ne?: Scalar;
  $in?: Scalar[];
  $gt?: string | number;
  $gte?: string | number;
  $lt?: string | number;
  $lte?: string | number;
}

/** All conditions must hold (AND). A bare scalar means equality. */
export type Filter = Record<string, Scalar | FieldCondition>;

export interface FindOptions {
  where?: Filter;
  orderBy?: Array<[field: string, direction: 'asc' | 'desc']>;
  limit?: number;
  offset?: number;
}

/** Every stored document has a string `id`; most have an integer `version` for optimistic concurrency. */
export interface StoredDocument {
  id: string;
  version?: number;
  [field: string]: unknown;
}

/**
 * One write inside an atomic batch.
 * - insert: fails with DuplicateKeyError when the id exists (idempotent consumers rely on it).
 * - put: upsert. With `expectedVersion: number` the stored document must exist with that version;
 *   with `expectedVersion: null` it must not exist; without it, last write wins.
 * - delete: with `expectedVersion` the stored document must have that version; deleting a missing
 *   document without `expectedVersion` is a no-op.
 * - deleteWhere: removes every document matching the filter (housekeeping: pruning, TTL).
 */
export type WriteOperation =
  | { op: 'insert'; collection: string; document: StoredDocument }
  | { op: 'put'; collection: string; document: StoredDocument; expectedVersion?: number | null }
  | { op: 'delete'; collection: string; id: string; expectedVersion?: number }
  | { op: 'deleteWhere'; collection: string; where: Filter };

/** A stored document's id and version only (`findVersions`): `version` is null when the document has none. */
export interface StoredVersion {
  id: string;
  version: number | null;
}

export interface CollectionSpec {
  name: string;
  /** Fields (dotted paths allowed) that queries filter or sort on; each gets an index. */
  indexes?: string[];
}

export interface StoreHealth {
  ok: boolean;
  adapter: 'sqlite' | 'mongo';
  detail: string;
}

export interface DocumentStore {
  readonly adapter: 'sqlite' | 'mongo';
  /** Creates collections and indexes; idempotent. */
  init(collections: CollectionSpec[]): Promise<void>;
  get<T extends StoredDocument>(collection: string, id: string): Promise<T | null>;
  find<T extends StoredDocument>(collection: string, options?: FindOptions): Promise<T[]>;
  /**
   * What `find` would return, as ids and versions only: no document is read whole or parsed (a
   * check of many rows' versions, e.g. a snapshot's against the store's, reads far less).
   */
  findVersions(collection: string, options?: FindOptions): Promise<StoredVersion[]>;
  count(collection: string, where?: Filter): Promise<number>;
  /** Applies all operations atomically: all or none. Throws VersionConflictError / DuplicateKeyError. */
  commit(operations: WriteOperation[]): Promise<void>;
  /**
   * Atomically makes `target` hold exactly the documents of `source` and leaves `source` empty
   * (a rebuilt copy is swapped in: readers see the old documents or the new, never a mix). Both
   * must be declared with the same indexes.
   */
  replaceCollection(target: string, source: string): Promise<void>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');
