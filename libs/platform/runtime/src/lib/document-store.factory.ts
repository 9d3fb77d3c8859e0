import type { DocumentStore } from '@fhk/platform/store';
import { MongoDocumentStore, type MongoDocumentStoreOptions } from '@fhk/platform/store-mongo';
import { SqliteDocumentStore, type SqliteDocumentStoreOptions } from '@fhk/platform/store-sqlite';

/** Chosen by configuration (STORE_ADAPTER); only the composition root should call this. */
export type DocumentStoreOptions =
  | ({ adapter: 'sqlite' } & SqliteDocumentStoreOptions)
  | ({ adapter: 'mongo' } & MongoDocumentStoreOptions);

/** Opens the configured adapter. Call `init(collections)` on the result before using it. */
export async function createDocumentStore(options: DocumentStoreOptions): Promise<DocumentStore> {
  switch (options.adapter) {
    case 'sqlite':
      return new SqliteDocumentStore(options);
    case 'mongo':
      return MongoDocumentStore.connect(options);
    default:
      throw new Error(`unknown store adapter ${JSON.stringify((options as { adapter: unknown }).adapter)}`);
  }
}
