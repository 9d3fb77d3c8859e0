import { z } from 'zod';
import { bulkImport, BulkImportTarget, parseBulkBody } from './bulk-import';

const Schema = z.object({ id: z.string().min(1), name: z.string().min(1), count: z.number().int() }).strict();
type Item = z.infer<typeof Schema>;

function memoryTarget(initial: Item[] = []) {
  const store = new Map(initial.map((i) => [i.id, { ...i, version: 1 }]));
  const target: BulkImportTarget<Item> = {
    get: async (id) => store.get(id) ?? null,
    create: async (item) => void store.set(item.id, { ...item, version: 1 }),
    replace: async (item, current) => void store.set(item.id, { ...item, version: current.version + 1 }),
  };
  return { store, target };
}

describe('bulkImport', () => {
  const rows = parseBulkBody(
    [
      { id: 'a', name: 'kept', count: 1 },
      { id: 'b', name: 'changed', count: 2 },
      { id: 'c', name: '', count: 'three' },
      { id: 'd', name: 'new', count: 4, extra: true },
      { id: 'e', name: 'new too', count: 5 },
      { id: 'e', name: 'twice', count: 6 },
    ],
    'json',
  );

  it('reports every invalid row by row, field and reason, and writes nothing', async () => {
    const { store, target } = memoryTarget([{ id: 'a', name: 'kept', count: 1 }, { id: 'b', name: 'before', count: 2 }]);
    const report = await bulkImport(rows, Schema, target, { dryRun: false, validOnly: false });
    expect(report.applied).toBe(false);
    expect(report.invalid.map((p) => [p.row, p.field])).toEqual([[3, 'name'], [3, 'count'], [4, 'extra'], [6, 'id']]);
    expect(report).toMatchObject({ created: ['e'], updated: ['b'], unchanged: ['a'] });
    expect(store.get('b')).toMatchObject({ name: 'before', version: 1 });
    expect(store.has('e')).toBe(false);
  });

  it('imports the valid rows when told to, and only those', async () => {
    const { store, target } = memoryTarget([{ id: 'a', name: 'kept', count: 1 }, { id: 'b', name: 'before', count: 2 }]);
    const report = await bulkImport(rows, Schema, target, { dryRun: false, validOnly: true });
    expect(report.applied).toBe(true);
    expect(store.get('b')).toMatchObject({ name: 'changed', version: 2 });
    expect(store.get('a')).toMatchObject({ version: 1 });
    expect(store.get('e')).toMatchObject({ name: 'new too' });
    expect(store.has('c')).toBe(false);
    expect(store.has('d')).toBe(false);
  });

  it('writes nothing in a dry run even with validOnly', async () => {
    const { store, target } = memoryTarget();
    const report = await bulkImport(rows, Schema, target, { dryRun: true, validOnly: true });
    expect(report).toMatchObject({ dryRun: true, applied: false });
    expect(store.size).toBe(0);
  });

  it('tells what is wrong with a body that is not a list', () => {
    expect(() => parseBulkBody({ nope: 1 }, 'json')).toThrow(/JSON array/);
    expect(() => parseBulkBody({ items: [] }, 'csv')).toThrow(/text\/csv/);
  });
});
