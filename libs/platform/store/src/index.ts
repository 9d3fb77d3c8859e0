export * from './lib/document-store.port';
export * from './lib/store.errors';
export {
  COLLECTION_NAME,
  FIELD_PATH,
  DIALECT_OPERATORS,
  MAX_DOCUMENT_DEPTH,
  MAX_ID_LENGTH,
  type DialectOperator,
} from './lib/store-dialect';
export * from './lib/document-store.factory';
export { SqliteDocumentStore, type SqliteDocumentStoreOptions, type SqliteSynchronous } from './lib/sqlite-document-store.adapter';
export { MongoDocumentStore, type MongoDocumentStoreOptions } from './lib/mongo-document-store.adapter';
export { describeDocumentStoreContract } from './lib/document-store.contract';
