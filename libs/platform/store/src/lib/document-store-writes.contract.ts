import type { ContractContext } from './document-store.contract';
import type { StoredDocument, WriteOperation } from './document-store.port';
import { DuplicateKeyError, UnsupportedQueryError, VersionConflictError } from './store.errors';

/** A document exercising every JSON type, nesting, unicode and emoji. */
const RICH: StoredDocument = {
  id: 'rich-1',
  version: 1,
  name: '資金池 cross-border pool 🚀',
  nested: { a: { b: [1, 2.5, -3, 'x', true, false, null, { deep: '香港 🇭🇰' }] } },
  emptyObject: {},
  emptyList: [],
  flag: false,
  truthy: true,
  nothing: null,
  big: 2 ** 40,
  negative: -17.25,
  zero: 0,
  tags: ['fintech', '跨境', ''],
};

/** Contract part: writes, atomicity and optimistic concurrency. */
export function describeWriteContract(ctx: ContractContext): void {
  const put = (collection: string, document: StoredDocument, expectedVersion?: number | null): WriteOperation =>
    expectedVersion === undefined
      ? { op: 'put', collection, document }
      : { op: 'put', collection, document, expectedVersion };

  const all = (collection: string) => ctx.store.find(collection, { orderBy: [['id', 'asc']] });

  describe('lifecycle', () => {
    it('init is idempotent and keeps existing data and indexes', async () => {
      const c = await ctx.collection(['kind', 'meta.score']);
      await ctx.store.commit([put(c, { id: 'a', kind: 'expo', meta: { score: 1 } })]);
      const spec = { name: c, indexes: ['kind', 'meta.score'] };
      await ctx.store.init([spec]);
      await ctx.store.init([spec, spec]);
      expect(await ctx.store.get(c, 'a')).toEqual({ id: 'a', kind: 'expo', meta: { score: 1 } });
      expect(await ctx.store.find(c, { where: { kind: 'expo', 'meta.score': 1 } })).toHaveLength(1);
    });

    it('reports health for its adapter', async () => {
      const health = await ctx.store.health();
      expect(health).toMatchObject({ ok: true, adapter: ctx.store.adapter });
      expect(health.detail).toEqual(expect.any(String));
    });

    it('rejects collections that were not declared with init', async () => {
      const missing = 'never_declared';
      await expect(ctx.store.get(missing, 'x')).rejects.toThrow(UnsupportedQueryError);
      await expect(ctx.store.find(missing)).rejects.toThrow(UnsupportedQueryError);
      await expect(ctx.store.count(missing)).rejects.toThrow(UnsupportedQueryError);
      await expect(ctx.store.commit([put(missing, { id: 'x' })])).rejects.toThrow(UnsupportedQueryError);
    });
  });

  describe('documents', () => {
    it('returns exactly the document that was written (put, get, find)', async () => {
      const c = await ctx.collection();
      await ctx.store.commit([put(c, RICH)]);
      expect(await ctx.store.get(c, RICH.id)).toStrictEqual(RICH);
      expect(await ctx.store.find(c)).toStrictEqual([RICH]);
    });

    it('returns null for a missing id and an empty list for an empty collection', async () => {
      const c = await ctx.collection();
      expect(await ctx.store.get(c, 'nope')).toBeNull();
      expect(await ctx.store.find(c)).toEqual([]);
      expect(await ctx.store.count(c)).toBe(0);
    });

    it('inserts, and refuses a duplicate insert with DuplicateKeyError leaving the document unchanged', async () => {
      const c = await ctx.collection();
      await ctx.store.commit([{ op: 'insert', collection: c, document: { id: 'k1', n: 1 } }]);
      const error: unknown = await ctx.store
        .commit([{ op: 'insert', collection: c, document: { id: 'k1', n: 2 } }])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(error).toMatchObject({ collection: c, id: 'k1' });
      expect(await ctx.store.get(c, 'k1')).toEqual({ id: 'k1', n: 1 });
    });

    it('put without expectedVersion replaces the whole document (last write wins)', async () => {
      const c = await ctx.collection();
      await ctx.store.commit([put(c, { id: 'p', a: 1, b: { c: 2 } })]);
      await ctx.store.commit([put(c, { id: 'p', b: { d: 3 } })]);
      expect(await ctx.store.get(c, 'p')).toStrictEqual({ id: 'p', b: { d: 3 } });
    });

    ctx.needs('multi-document-transactions')('deletes; deleting a missing document without expectedVersion is a no-op', async () => {
      const c = await ctx.collection();
      await ctx.store.commit([put(c, { id: 'a' }), put(c, { id: 'b' })]);
      await ctx.store.commit([
        { op: 'delete', collection: c, id: 'a' },
        { op: 'delete', collection: c, id: 'ghost' },
      ]);
      expect(await all(c)).toEqual([{ id: 'b' }]);
    });

    ctx.needs('multi-document-transactions')('applies a batch in order, across collections', async () => {
      const c1 = await ctx.collection();
      const c2 = await ctx.collection();
      await ctx.store.commit([
        { op: 'insert', collection: c1, document: { id: 'x', version: 1 } },
        put(c1, { id: 'x', version: 2 }, 1),
        { op: 'insert', collection: c2, document: { id: 'out-x', event: 'created' } },
        { op: 'delete', collection: c1, id: 'x', expectedVersion: 2 },
        put(c1, { id: 'y', version: 1 }, null),
      ]);
      expect(await all(c1)).toEqual([{ id: 'y', version: 1 }]);
      expect(await all(c2)).toEqual([{ id: 'out-x', event: 'created' }]);
    });
  });

  describe('atomicity', () => {
    ctx.needs('multi-document-transactions')('a batch whose 3rd operation is a duplicate insert applies none of its operations', async () => {
      const c = await ctx.collection();
      const outbox = await ctx.collection();
      await ctx.store.commit([put(c, { id: 'existing', version: 1, v: 'old' })]);
      const batch: WriteOperation[] = [
        { op: 'insert', collection: c, document: { id: 'new', version: 1 } },
        put(c, { id: 'existing', version: 2, v: 'new' }, 1),
        { op: 'insert', collection: c, document: { id: 'existing', version: 1 } },
      ];
      await expect(ctx.store.commit([...batch, { op: 'insert', collection: outbox, document: { id: 'e' } }]))
        .rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await all(c)).toEqual([{ id: 'existing', version: 1, v: 'old' }]);
      expect(await ctx.store.count(outbox)).toBe(0);
    });

    ctx.needs('multi-document-transactions')('a batch with a version conflict in the middle applies none of its operations', async () => {
      const c = await ctx.collection();
      await ctx.store.commit([put(c, { id: 'a', version: 1 }), put(c, { id: 'b', version: 5 })]);
      await expect(
        ctx.store.commit([
          { op: 'deleteWhere', collection: c, where: {} },
          put(c, { id: 'b', version: 5 }, 4),
          put(c, { id: 'c', version: 1 }),
        ]),
      ).rejects.toBeInstanceOf(VersionConflictError);
      expect(await all(c)).toEqual([{ id: 'a', version: 1 }, { id: 'b', version: 5 }]);
    });

    it('validates the whole batch before writing anything', async () => {
      const c = await ctx.collection();
      const bad = { op: 'put', collection: c, document: { id: 'z', when: new Date(0) } } as unknown as WriteOperation;
      await expect(ctx.store.commit([put(c, { id: 'a' }), bad])).rejects.toBeInstanceOf(UnsupportedQueryError);
      expect(await ctx.store.count(c)).toBe(0);
    });

    it('an empty batch is a no-op', async () => {
      await expect(ctx.store.commit([])).resolves.toBeUndefined();
    });
  });

  describe('optimistic concurrency', () => {
    it('put with the current version succeeds; a stale version conflicts and changes nothing', async () => {
      const c = await ctx.collection();
      await ctx.store.commit([put(c, { id: 'd', version: 1, v: 'a' }, null)]);
      await ctx.store.commit([put(c, { id: 'd', version: 2, v: 'b' }, 1)]);
      const error: unknown = await ctx.store.commit([put(c, { id: 'd', version: 2, v: 'stale' }, 1)]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VersionConflictError);
      expect(error).toMatchObject({ collection: c, id: 'd', expectedVersion: 1, actualVersion: 2 });
      expect(await ctx.store.get(c, 'd')).toEqual({ id: 'd', version: 2, v: 'b' });
    });

    it('expectedVersion null conflicts when the document exists, and creates it when it does not', async () => {
      const c = await ctx.collection();
      await ctx.store.commit([put(c, { id: 'n', version: 3 }, null)]);
      const error: unknown = await ctx.store.commit([put(c, { id: 'n', version: 1 }, null)]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VersionConflictError);
      expect(error).toMatchObject({ expectedVersion: null, actualVersion: 3 });
      expect(await ctx.store.get(c, 'n')).toEqual({ id: 'n', version: 3 });
    });

    it('a numeric expectedVersion conflicts when the document is missing', async () => {
      const c = await ctx.collection();
      const error: unknown = await ctx.store.commit([put(c, { id: 'm', version: 2 }, 1)]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VersionConflictError);
      expect(error).toMatchObject({ expectedVersion: 1, actualVersion: null });
      expect(await ctx.store.get(c, 'm')).toBeNull();
    });

    it('delete with a stale or missing version conflicts; with the current version it deletes', async () => {
      const c = await ctx.collection();
      await ctx.store.commit([put(c, { id: 'd', version: 4 })]);
      await expect(ctx.store.commit([{ op: 'delete', collection: c, id: 'd', expectedVersion: 3 }])).rejects.toBeInstanceOf(
        VersionConflictError,
      );
      await expect(ctx.store.commit([{ op: 'delete', collection: c, id: 'gone', expectedVersion: 1 }])).rejects.toBeInstanceOf(
        VersionConflictError,
      );
      expect(await ctx.store.get(c, 'd')).toEqual({ id: 'd', version: 4 });
      await ctx.store.commit([{ op: 'delete', collection: c, id: 'd', expectedVersion: 4 }]);
      expect(await ctx.store.get(c, 'd')).toBeNull();
    });

    ctx.needs('atomic-conditional-writes')('concurrent commits on one document with the same expectedVersion: exactly one wins', async () => {
      const c = await ctx.collection();
      await ctx.store.commit([put(c, { id: 'race', version: 1, winner: 'none' })]);
      const contenders = ['a', 'b', 'c', 'd'];
      const results = await Promise.allSettled(
        contenders.map((w) => ctx.store.commit([put(c, { id: 'race', version: 2, winner: w }, 1)])),
      );
      const won = contenders.filter((_, i) => results[i].status === 'fulfilled');
      expect(won).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(VersionConflictError);
      expect(await ctx.store.get(c, 'race')).toEqual({ id: 'race', version: 2, winner: won[0] });
    });

    ctx.needs('atomic-conditional-writes')('two connections committing the same expectedVersion: exactly one wins', async () => {
      const c = await ctx.collection();
      const other = await ctx.openAnother();
      await other.init([{ name: c }]);
      await ctx.store.commit([put(c, { id: 'race', version: 7 })]);
      const results = await Promise.allSettled([
        ctx.store.commit([put(c, { id: 'race', version: 8, by: 'main' }, 7)]),
        other.commit([put(c, { id: 'race', version: 8, by: 'other' }, 7)]),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const stored = await other.get(c, 'race');
      expect(stored).toEqual({ id: 'race', version: 8, by: results[0].status === 'fulfilled' ? 'main' : 'other' });
    });
  });

  describe('replacing a collection', () => {
    ctx.needs('rename-with-drop-target')('makes the target hold exactly the source documents, empties the source, keeps both usable', async () => {
      const target = await ctx.collection(['kind']);
      const source = await ctx.collection(['kind']);
      await ctx.store.commit([put(target, { id: 'old-1', kind: 'expo' }), put(target, { id: 'kept', version: 1, kind: 'expo' })]);
      await ctx.store.commit([put(source, { id: 'kept', version: 2, kind: 'fund' }), put(source, { id: 'new-1', kind: 'expo' }), put(source, RICH)]);

      await ctx.store.replaceCollection(target, source);

      expect(await all(target)).toEqual([{ id: 'kept', version: 2, kind: 'fund' }, { id: 'new-1', kind: 'expo' }, RICH]);
      expect(await ctx.store.find(target, { where: { kind: 'expo' } })).toEqual([{ id: 'new-1', kind: 'expo' }]);
      expect(await ctx.store.count(source)).toBe(0);
      await ctx.store.commit([put(source, { id: 'again', kind: 'expo' }), put(target, { id: 'kept', version: 3, kind: 'fund' }, 2)]);
      expect(await ctx.store.find(source, { where: { kind: 'expo' } })).toEqual([{ id: 'again', kind: 'expo' }]);
      expect(await ctx.store.get(target, 'kept')).toEqual({ id: 'kept', version: 3, kind: 'fund' });

      const other = await ctx.openAnother();
      await other.init([{ name: target, indexes: ['kind'] }]);
      expect(await other.count(target)).toBe(3);
    });

    ctx.needs('rename-with-drop-target')('an empty source empties the target', async () => {
      const target = await ctx.collection();
      const source = await ctx.collection();
      await ctx.store.commit([put(target, { id: 'a' })]);
      await ctx.store.replaceCollection(target, source);
      expect(await ctx.store.count(target)).toBe(0);
    });

    it('refuses undeclared, identical or differently indexed collections and changes nothing', async () => {
      const target = await ctx.collection(['kind']);
      const plain = await ctx.collection();
      await ctx.store.commit([put(target, { id: 'a', kind: 'expo' })]);
      await ctx.store.commit([put(plain, { id: 'b' })]);
      await expect(ctx.store.replaceCollection(target, plain)).rejects.toThrow(/indexed on \[\] but .* on \[kind\]/);
      await expect(ctx.store.replaceCollection(target, target)).rejects.toThrow(/target and source are both/);
      await expect(ctx.store.replaceCollection(target, 'never_declared')).rejects.toThrow(/was not declared/);
      expect(await all(target)).toEqual([{ id: 'a', kind: 'expo' }]);
      expect(await all(plain)).toEqual([{ id: 'b' }]);
    });
  });
}
