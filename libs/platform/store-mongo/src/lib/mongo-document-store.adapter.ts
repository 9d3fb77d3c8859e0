import type { Connection, mongo } from 'mongoose';
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
import { DuplicateKeyError, VersionConflictError, assertDeclared, assertId, conditionsOf, type DialectCondition, validateCollectionSpecs, validateFindOptions, validateReplaceCollection, validateWriteOperations } from '@fhk/platform/store';

export interface MongoDocumentStoreOptions {
  /** mongodb:// URL of a replica set: commits use multi-document transactions. */
  url: string;
  database: string;
}

/** Documents are stored as written plus `_id = id`; `_id` is projected away on every read. */
type MongoDocument = StoredDocument & { _id: string };

const DATABASE_NAME = /^[A-Za-z0-9_-]{1,63}$/;
const WITHOUT_ID = { _id: 0 } as const;
/** `findVersions`: the two fields only. */
const ID_AND_VERSION = { _id: 0, id: 1, version: 1 } as const;

/** Dialect conditions are a subset of the MongoDB query language: group them by field. */
export function toMongoFilter(conditions: DialectCondition[]): mongo.Filter<MongoDocument> {
  const byField = new Map<string, Record<string, unknown>>();
  for (const { path, op, value } of conditions) byField.set(path, { ...byField.get(path), [op]: value });
  return Object.fromEntries(byField) as mongo.Filter<MongoDocument>;
}

/** The requested keys, then `_id` (= id) ascending so equal keys page stably. */
export function toMongoSort(orderBy: Array<[string, 'asc' | 'desc']>): Record<string, 1 | -1> {
  const sort: Record<string, 1 | -1> = {};
  for (const [path, direction] of orderBy) sort[path] = direction === 'asc' ? 1 : -1;
  sort['_id'] = 1;
  return sort;
}

export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 11000;
}

/** Where a write runs: inside a multi-document transaction, or alone with its write concern. */
type WriteScope = { session: mongo.ClientSession } | { writeConcern: mongo.WriteConcernSettings };

/**
 * The server adapter. mongoose is used only to open the connection; all work goes through the
 * native driver. Needs a replica set (transactions). Kept deliberately small: it only runs against
 * a real server, through the shared contract suite.
 */
export class MongoDocumentStore implements DocumentStore {
  readonly adapter = 'mongo' as const;
  private readonly declared = new Map<string, string[]>();

  private constructor(
    private readonly connection: Connection,
    private readonly db: mongo.Db,
  ) {}

  static async connect(options: MongoDocumentStoreOptions): Promise<MongoDocumentStore> {
    if (!DATABASE_NAME.test(options.database)) {
      throw new Error(`mongo store: invalid database name ${JSON.stringify(options.database)}`);
    }
    // Loaded on demand so services on the embedded adapter never load the driver.
    const { default: mongoose } = await import('mongoose');
    const connection = await mongoose.createConnection(options.url, { dbName: options.database }).asPromise();
    if (!connection.db) {
      await connection.close();
      throw new Error('mongo store: connected without a database handle');
    }
    return new MongoDocumentStore(connection, connection.db);
  }

  async init(collections: CollectionSpec[]): Promise<void> {
    validateCollectionSpecs(collections);
    const existing = await this.db.listCollections({}, { nameOnly: true }).toArray();
    const names = new Set(existing.map((c) => c.name));
    for (const { name, indexes = [] } of collections) {
      if (!names.has(name)) {
        await this.db.createCollection(name).catch((error: unknown) => {
          if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 48)) throw error;
        }); // 48 NamespaceExists: another process created it meanwhile
      }
      for (const path of indexes) await this.collection(name).createIndex({ [path]: 1 });
    }
    for (const { name, indexes = [] } of collections) this.declared.set(name, [...indexes]);
  }

  async get<T extends StoredDocument>(collection: string, id: string): Promise<T | null> {
    assertDeclared(this.declared, collection);
    assertId(id, `get ${collection}`);
    return this.collection(collection).findOne<T>({ _id: id }, { projection: WITHOUT_ID });
  }

  async find<T extends StoredDocument>(collection: string, options?: FindOptions): Promise<T[]> {
    return this.select<T>(WITHOUT_ID, collection, options);
  }

  async findVersions(collection: string, options?: FindOptions): Promise<StoredVersion[]> {
    const found = await this.select<{ id: string; version?: number }>(ID_AND_VERSION, collection, options);
    return found.map(({ id, version }) => ({ id, version: version ?? null }));
  }

  private async select<T extends mongo.Document>(projection: mongo.Document, collection: string, options?: FindOptions): Promise<T[]> {
    assertDeclared(this.declared, collection);
    const { conditions, orderBy, limit, offset } = validateFindOptions(options);
    if (limit === 0) return []; // MongoDB reads limit 0 as "no limit"
    const cursor = this.collection(collection).find<T>(toMongoFilter(conditions), {
      projection,
      sort: toMongoSort(orderBy),
      skip: offset,
      ...(limit === undefined ? {} : { limit }),
    });
    return cursor.toArray();
  }

  async count(collection: string, where?: Filter): Promise<number> {
    assertDeclared(this.declared, collection);
    return this.collection(collection).countDocuments(toMongoFilter(conditionsOf(where)));
  }

  async commit(operations: WriteOperation[]): Promise<void> {
    validateWriteOperations(operations, this.declared);
    if (operations.length === 0) return;
    const [only] = operations;
    if (operations.length === 1 && only.op !== 'deleteWhere') {
      // One document: atomic on every MongoDB deployment by itself, so no transaction (one round
      // trip less, and it also works on servers without transactions). Same majority write concern.
      await this.apply(only, { writeConcern: { w: 'majority' } });
      return;
    }
    const session = this.connection.getClient().startSession();
    try {
      // Retries the whole batch on transient errors (e.g. a write conflict with a concurrent commit);
      // the retry then sees the other commit and fails its version check.
      await session.withTransaction(
        async () => {
          for (const operation of operations) await this.apply(operation, { session });
        },
        { writeConcern: { w: 'majority' } },
      );
    } finally {
      await session.endSession();
    }
  }

  /** A rename is atomic and carries the source's indexes; the source is then declared afresh, empty. */
  async replaceCollection(target: string, source: string): Promise<void> {
    validateReplaceCollection(this.declared, target, source);
    const sourceSpec = { name: source, indexes: this.declared.get(source) };
    await this.init([sourceSpec]); // idempotent: recreates the source if an earlier rename left none
    await this.collection(source).rename(target, { dropTarget: true });
    await this.init([sourceSpec]);
  }

  async health(): Promise<StoreHealth> {
    try {
      await this.db.command({ ping: 1 });
      return { ok: true, adapter: 'mongo', detail: `mongo ping ok, database ${this.db.databaseName}` };
    } catch (error) {
      return { ok: false, adapter: 'mongo', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  private collection(name: string): mongo.Collection<MongoDocument> {
    return this.db.collection<MongoDocument>(name);
  }

  /** Applies one operation inside a transaction (`session`) or alone (`writeConcern`). */
  private async apply(operation: WriteOperation, scope: WriteScope): Promise<void> {
    const session = 'session' in scope ? scope.session : undefined;
    const name = operation.collection;
    const collection = this.collection(name);
    switch (operation.op) {
      case 'insert': {
        const { id } = operation.document;
        if (!(await this.insertNew(name, operation.document, scope))) throw new DuplicateKeyError(name, id);
        return;
      }
      case 'put': {
        const { document, expectedVersion } = operation;
        const replacement = { _id: document.id, ...document };
        if (expectedVersion === undefined) {
          await collection.replaceOne({ _id: document.id }, replacement, { ...scope, upsert: true });
        } else if (expectedVersion === null) {
          if (!(await this.insertNew(name, document, scope))) {
            // The failed insert aborted the transaction: read the committed version outside it.
            throw new VersionConflictError(name, document.id, null, await this.versionOf(name, document.id));
          }
        } else {
          const filter = { _id: document.id, version: expectedVersion };
          const { matchedCount } = await collection.replaceOne(filter, replacement, scope);
          if (matchedCount === 0) {
            throw new VersionConflictError(name, document.id, expectedVersion, await this.versionOf(name, document.id, session));
          }
        }
        return;
      }
      case 'delete': {
        const { id, expectedVersion } = operation;
        if (expectedVersion === undefined) {
          await collection.deleteOne({ _id: id }, scope);
          return;
        }
        const { deletedCount } = await collection.deleteOne({ _id: id, version: expectedVersion }, scope);
        if (deletedCount === 0) {
          throw new VersionConflictError(name, id, expectedVersion, await this.versionOf(name, id, session));
        }
        return;
      }
      case 'deleteWhere':
        await collection.deleteMany(toMongoFilter(conditionsOf(operation.where)), scope);
        return;
    }
  }

  /** Inserts unless the id exists; false on a duplicate key. */
  private async insertNew(name: string, document: StoredDocument, scope: WriteScope): Promise<boolean> {
    try {
      await this.collection(name).insertOne({ _id: document.id, ...document }, scope);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  private async versionOf(name: string, id: string, session?: mongo.ClientSession): Promise<number | null> {
    const found = await this.collection(name).findOne({ _id: id }, { session, projection: { version: 1 } });
    return typeof found?.version === 'number' ? found.version : null;
  }
}
