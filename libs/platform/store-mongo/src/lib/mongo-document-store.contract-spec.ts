import { describeDocumentStoreContract } from '@fhk/platform/store/testing';
import { MongoDocumentStore } from './mongo-document-store.adapter';

const mongoUrl = process.env.MONGO_URL;
const describeMongo = mongoUrl ? describe : describe.skip;
// process.stdout, not console.log: Jest drops the console output of a suite whose tests are all skipped.
if (!mongoUrl) process.stdout.write('MONGO_URL not set: MongoDB contract run skipped\n');

/** A database of its own on `url`, dropped after the suite. */
function freshMongoDatabase(url: string): string {
  const database = `fhk_contract_${Date.now().toString(36)}_${process.pid}`;
  afterAll(async () => {
    const { default: mongoose } = await import('mongoose');
    const connection = await mongoose.createConnection(url, { dbName: database }).asPromise();
    await connection.dropDatabase();
    await connection.close();
  });
  return database;
}

describeMongo('MongoDB (MONGO_URL)', () => {
  const url = mongoUrl ?? '';
  const database = freshMongoDatabase(url);
  describeDocumentStoreContract('mongo', () => MongoDocumentStore.connect({ url, database }));
});

// CI's MongoDB wire-protocol stand-in (tools/mongo-stand-in: FerretDB v1, SQLite backend). It is
// not MongoDB: what it lacks is declared, and those tests run only against a real replica set.
const standInUrl = process.env.MONGO_STAND_IN_URL;
const describeStandIn = standInUrl ? describe : describe.skip;
if (!standInUrl) process.stdout.write('MONGO_STAND_IN_URL not set: the MongoDB wire-protocol stand-in run is skipped (node tools/mongo-stand-in/mongo-stand-in.js start)\n');

describeStandIn('MongoDB wire-protocol stand-in: FerretDB v1 on SQLite (MONGO_STAND_IN_URL)', () => {
  const url = standInUrl ?? '';
  const database = freshMongoDatabase(url);
  describeDocumentStoreContract('mongo adapter on FerretDB v1', () => MongoDocumentStore.connect({ url, database }), {
    lacks: ['multi-document-transactions', 'atomic-conditional-writes', 'rename-with-drop-target'],
    why: 'FerretDB v1 refuses transactions ("unknown field autocommit"), lets concurrent version-checked replaceOne calls all succeed, and has no renameCollection dropTarget',
  });
});
