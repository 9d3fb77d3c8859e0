import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDocumentStoreContract } from '@fhk/platform/store/testing';
import { SqliteDocumentStore } from './sqlite-document-store.adapter';

describe('SQLite (temp file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fhk-store-contract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describeDocumentStoreContract('sqlite', async () => new SqliteDocumentStore({ file: join(dir, 'contract.db') }));
});
