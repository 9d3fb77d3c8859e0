export { SqliteDocumentStore, type SqliteDocumentStoreOptions, type SqliteSynchronous } from './lib/sqlite-document-store.adapter';
