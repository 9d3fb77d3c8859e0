import Database from 'better-sqlite3';
import type {
  CollectionSpec,
  DocumentStore,
  Filter,
  FindOptions,
  StoreHealth,
  StoredDocument,
  StoredVersion,
  WriteOperation,
} from '@fhk/platform/store';
import { buildOrderBy, buildWhere, indexedExpressions, quoteIdentifier, type SqlParam } from './sqlite-query.builder';
import { DuplicateKeyError, VersionConflictError, assertDeclared, assertId, conditionsOf, validateCollectionSpecs, validateFindOptions, validateReplaceCollection, validateWriteOperations } from '@fhk/platform/store';

/**
 * - 'full' (default): the WAL is fsynced at every commit; an acknowledged commit survives a process
 *   crash and a power loss / OS crash.
 * - 'normal': the WAL is fsynced only at checkpoints; commits are faster and still survive a
 *   process crash (the database stays consistent either way), but the last commits before a power
 *   loss / OS crash may be rolled back.
 */
export type SqliteSynchronous = 'full' | 'normal';

export interface SqliteDocumentStoreOptions {
  /** Database file path, or ':memory:' (tests; nothing is kept). */
  file: string;
  synchronous?: SqliteSynchronous;
  /** How long a write waits for another connection's lock before failing with SQLITE_BUSY (ms). */
  busyTimeoutMs?: number;
}

interface DocRow {
  doc: string;
}

const STATEMENT_CACHE_LIMIT = 256;

/** The stored document's version equals the bound integer (booleans excluded). */
const versionIs = `json_extract(doc, '$.version') = ? AND json_type(doc, '$.version') = 'integer'`;

/**
 * The embedded adapter: one SQLite file in WAL mode, one table per collection
 * (`id TEXT PRIMARY KEY, doc TEXT NOT NULL` holding the JSON), expression indexes on
 * `json_extract(doc, '$.path'), json_type(doc, '$.path')` (the value and its JSON type, so that the
 * type-guarded comparisons of sqlite-query.builder.ts, and counts, are answered from the index
 * without parsing each document). better-sqlite3 is synchronous; methods return Promises to honour the
 * port, and a commit runs to completion without yielding, so commits never interleave in-process.
 */
export class SqliteDocumentStore implements DocumentStore {
  readonly adapter = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly synchronous: SqliteSynchronous;
  private readonly declared = new Map<string, string[]>();
  private readonly statements = new Map<string, Database.Statement>();
  private readonly applyBatch: Database.Transaction<(operations: WriteOperation[]) => void>;

  constructor(private readonly options: SqliteDocumentStoreOptions) {
    this.synchronous = options.synchronous ?? 'full';
    if (this.synchronous !== 'full' && this.synchronous !== 'normal') {
      throw new Error(`sqlite store: synchronous must be "full" or "normal", got ${String(options.synchronous)}`);
    }
    this.db = new Database(options.file, { timeout: options.busyTimeoutMs ?? 5000 });
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma(`synchronous = ${this.synchronous.toUpperCase()}`);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.applyBatch = this.db.transaction((operations: WriteOperation[]) => {
      for (const operation of operations) this.apply(operation);
    });
  }

  async init(collections: CollectionSpec[]): Promise<void> {
    validateCollectionSpecs(collections);
    const createAll = this.db.transaction(() => {
      for (const { name, indexes = [] } of collections) {
        const table = quoteIdentifier(name);
        this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL) STRICT`);
        for (const path of indexes) {
          // ':' cannot appear in a collection name or a path, so index names never collide.
          const indexName = `ix:${name}:${path}`;
          const create = `CREATE INDEX ${quoteIdentifier(indexName)} ON ${table} (${indexedExpressions(path)})`;
          const existing = this.db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?`).get(indexName) as { sql: string } | undefined;
          if (existing?.sql === create) continue;
          // An index of an older definition (the value alone) is rebuilt with the type beside it.
          if (existing) this.db.exec(`DROP INDEX ${quoteIdentifier(indexName)}`);
          this.db.exec(create);
        }
      }
    });
    createAll.immediate();
    for (const { name, indexes = [] } of collections) this.declared.set(name, [...indexes]);
  }

  async get<T extends StoredDocument>(collection: string, id: string): Promise<T | null> {
    assertDeclared(this.declared, collection);
    assertId(id, `get ${collection}`);
    const row = this.statement(`SELECT doc FROM ${quoteIdentifier(collection)} WHERE id = ?`).get(id) as
      | DocRow
      | undefined;
    return row ? (JSON.parse(row.doc) as T) : null;
  }

  async find<T extends StoredDocument>(collection: string, options?: FindOptions): Promise<T[]> {
    return this.select<DocRow>('doc', collection, options).map((row) => JSON.parse(row.doc) as T);
  }

  async findVersions(collection: string, options?: FindOptions): Promise<StoredVersion[]> {
    // The version read inside SQLite (json_extract parses the text there, nothing is built in JS).
    return this.select<StoredVersion>(`id, json_extract(doc, '$.version') AS version`, collection, options);
  }

  private select<R>(columns: string, collection: string, options?: FindOptions): R[] {
    assertDeclared(this.declared, collection);
    const { conditions, orderBy, limit, offset } = validateFindOptions(options);
    if (limit === 0) return [];
    const where = buildWhere(conditions);
    const sql =
      `SELECT ${columns} FROM ${quoteIdentifier(collection)} WHERE ${where.sql} ` +
      `ORDER BY ${buildOrderBy(orderBy)} LIMIT ? OFFSET ?`;
    return this.statement(sql).all(...where.params, limit ?? -1, offset) as R[];
  }

  async count(collection: string, where?: Filter): Promise<number> {
    assertDeclared(this.declared, collection);
    const clause = buildWhere(conditionsOf(where));
    const sql = `SELECT COUNT(*) AS n FROM ${quoteIdentifier(collection)} WHERE ${clause.sql}`;
    return (this.statement(sql).get(...clause.params) as { n: number }).n;
  }

  async commit(operations: WriteOperation[]): Promise<void> {
    validateWriteOperations(operations, this.declared);
    if (operations.length === 0) return;
    // IMMEDIATE takes the write lock up front, so two connections never deadlock upgrading a read lock.
    this.applyBatch.immediate(operations);
  }

  async replaceCollection(target: string, source: string): Promise<void> {
    validateReplaceCollection(this.declared, target, source);
    const [to, from] = [quoteIdentifier(target), quoteIdentifier(source)];
    this.db.transaction(() => {
      this.db.prepare(`DELETE FROM ${to}`).run();
      this.db.prepare(`INSERT INTO ${to} (id, doc) SELECT id, doc FROM ${from}`).run();
      this.db.prepare(`DELETE FROM ${from}`).run();
    }).immediate();
  }

  async health(): Promise<StoreHealth> {
    try {
      // Readiness is public: no file path, no library version (they only help an attacker).
      const mode = String(this.db.pragma('journal_mode', { simple: true }));
      return { ok: true, adapter: 'sqlite', detail: `journal_mode=${mode}, synchronous=${this.synchronous}` };
    } catch (error) {
      return { ok: false, adapter: 'sqlite', detail: `unavailable (${(error as { code?: string }).code ?? 'error'})` };
    }
  }

  async close(): Promise<void> {
    this.statements.clear();
    if (this.db.open) this.db.close();
  }

  private apply(operation: WriteOperation): void {
    const table = quoteIdentifier(operation.collection);
    switch (operation.op) {
      case 'insert': {
        const { id } = operation.document;
        if (!this.insertNew(table, operation.document)) throw new DuplicateKeyError(operation.collection, id);
        return;
      }
      case 'put':
        return this.put(operation.collection, operation.document, operation.expectedVersion);
      case 'delete': {
        const { id, expectedVersion } = operation;
        if (expectedVersion === undefined) {
          this.statement(`DELETE FROM ${table} WHERE id = ?`).run(id);
          return;
        }
        const { changes } = this.statement(`DELETE FROM ${table} WHERE id = ? AND ${versionIs}`).run(id, expectedVersion);
        if (changes === 0) {
          throw new VersionConflictError(operation.collection, id, expectedVersion, this.versionOf(table, id));
        }
        return;
      }
      case 'deleteWhere': {
        const where = buildWhere(conditionsOf(operation.where));
        this.statement(`DELETE FROM ${table} WHERE ${where.sql}`).run(...where.params);
        return;
      }
    }
  }

  private put(collection: string, document: StoredDocument, expectedVersion: number | null | undefined): void {
    const table = quoteIdentifier(collection);
    const json = JSON.stringify(document);
    if (expectedVersion === undefined) {
      const upsert = `INSERT INTO ${table} (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`;
      this.statement(upsert).run(document.id, json);
      return;
    }
    if (expectedVersion === null) {
      if (!this.insertNew(table, document, json)) {
        throw new VersionConflictError(collection, document.id, null, this.versionOf(table, document.id));
      }
      return;
    }
    const update = `UPDATE ${table} SET doc = ? WHERE id = ? AND ${versionIs}`;
    const { changes } = this.statement(update).run(json, document.id, expectedVersion);
    if (changes === 0) {
      throw new VersionConflictError(collection, document.id, expectedVersion, this.versionOf(table, document.id));
    }
  }

  /** Inserts unless the id exists; false when it did. */
  private insertNew(table: string, document: StoredDocument, json = JSON.stringify(document)): boolean {
    const sql = `INSERT INTO ${table} (id, doc) VALUES (?, ?) ON CONFLICT (id) DO NOTHING`;
    return this.statement(sql).run(document.id, json).changes === 1;
  }

  private versionOf(table: string, id: string): number | null {
    const sql = `SELECT json_extract(doc, '$.version') AS version FROM ${table} WHERE id = ?`;
    const row = this.statement(sql).get(id) as { version: unknown } | undefined;
    return typeof row?.version === 'number' ? row.version : null;
  }

  private statement(sql: string): Database.Statement<SqlParam[]> {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
