export { MongoDocumentStore, type MongoDocumentStoreOptions } from './lib/mongo-document-store.adapter';
