import { createDocumentStore, type DocumentStoreOptions } from './document-store.factory';
import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';

describe('createDocumentStore', () => {
  it('opens the SQLite adapter', async () => {
    const store = await createDocumentStore({ adapter: 'sqlite', file: ':memory:', synchronous: 'normal' });
    try {
      expect(store).toBeInstanceOf(SqliteDocumentStore);
      expect(store.adapter).toBe('sqlite');
      expect(await store.health()).toMatchObject({ ok: true, adapter: 'sqlite' });
    } finally {
      await store.close();
    }
  });

  it('refuses an unknown adapter', async () => {
    const options = { adapter: 'postgres' } as unknown as DocumentStoreOptions;
    await expect(createDocumentStore(options)).rejects.toThrow('unknown store adapter "postgres"');
  });
});
