import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDocumentStoreContract } from './document-store.contract';
import { MongoDocumentStore } from './mongo-document-store.adapter';
import { SqliteDocumentStore } from './sqlite-document-store.adapter';

describe('SQLite (temp file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fhk-store-contract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describeDocumentStoreContract('sqlite', async () => new SqliteDocumentStore({ file: join(dir, 'contract.db') }));
});

const mongoUrl = process.env.MONGO_URL;
const describeMongo = mongoUrl ? describe : describe.skip;
if (!mongoUrl) console.log('MONGO_URL not set: MongoDB contract run skipped');

describeMongo('MongoDB (MONGO_URL)', () => {
  const url = mongoUrl ?? '';
  const database = `fhk_contract_${Date.now().toString(36)}_${process.pid}`;

  afterAll(async () => {
    const { default: mongoose } = await import('mongoose');
    const connection = await mongoose.createConnection(url, { dbName: database }).asPromise();
    await connection.dropDatabase();
    await connection.close();
  });

  describeDocumentStoreContract('mongo', () => MongoDocumentStore.connect({ url, database }));
});
