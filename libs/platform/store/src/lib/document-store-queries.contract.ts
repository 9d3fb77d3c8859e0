import type { ContractContext } from './document-store.contract';
import type { Filter, FindOptions, StoredDocument } from './document-store.port';
import { UnsupportedQueryError } from './store.errors';

/**
 * Type traps on purpose: `n` holds numbers, null, a missing value and the string '2'; `flag` holds
 * booleans, null, missing and the numbers 1/0; `meta.score` nests and is sometimes absent.
 */
const DOCS: StoredDocument[] = [
  { id: 'd01', kind: 'expo', n: 1, flag: true, label: 'alpha', meta: { score: 10 } },
  { id: 'd02', kind: 'expo', n: 2, flag: false, label: 'beta', meta: { score: 20 } },
  { id: 'd03', kind: 'fund', n: 3, flag: true, label: 'Gamma', meta: { score: 10 } },
  { id: 'd04', kind: 'fund', n: 2.5, flag: null, label: '資金池', meta: {} },
  { id: 'd05', kind: 'listing', n: null, label: 'delta' },
  { id: 'd06', kind: 'listing', label: 'epsilon', meta: { score: null } },
  { id: 'd07', kind: 'service', n: '2', flag: 1, label: '🚀 rocket', meta: { score: 30 } },
  { id: 'd08', kind: 'service', n: 0, flag: 0, label: '', meta: { score: 'high' } },
];

/** [description, filter, ids expected in the default order (id ascending)] */
const FILTER_CASES: Array<[string, Filter, string[]]> = [
  ['bare string equality', { kind: 'expo' }, ['d01', 'd02']],
  ['boolean true matches booleans only (not 1)', { flag: true }, ['d01', 'd03']],
  ['boolean false matches booleans only (not 0)', { flag: false }, ['d02']],
  ['number 1 matches numbers only (not true)', { flag: 1 }, ['d07']],
  ['number 0 matches numbers only (not false)', { flag: { $eq: 0 } }, ['d08']],
  ['number 2 does not match the string "2"', { n: 2 }, ['d02']],
  ['string "2" does not match the number 2', { n: '2' }, ['d07']],
  ['null matches null and missing', { n: null }, ['d05', 'd06']],
  ['$eq null matches null and missing', { flag: { $eq: null } }, ['d04', 'd05', 'd06']],
  ['$ne value matches missing, null and different', { n: { $ne: 2 } }, ['d01', 'd03', 'd04', 'd05', 'd06', 'd07', 'd08']],
  ['$ne true', { flag: { $ne: true } }, ['d02', 'd04', 'd05', 'd06', 'd07', 'd08']],
  ['$ne null matches present, non-null values', { n: { $ne: null } }, ['d01', 'd02', 'd03', 'd04', 'd07', 'd08']],
  ['$in strings', { kind: { $in: ['fund', 'listing'] } }, ['d03', 'd04', 'd05', 'd06']],
  ['$in with null matches missing and null', { n: { $in: [1, null] } }, ['d01', 'd05', 'd06']],
  ['$in keeps types apart', { n: { $in: ['2', 3] } }, ['d03', 'd07']],
  ['$in booleans and numbers', { flag: { $in: [true, 0] } }, ['d01', 'd03', 'd08']],
  ['$in empty matches nothing', { n: { $in: [] } }, []],
  ['$gt number: numbers only, never null/missing', { n: { $gt: 1 } }, ['d02', 'd03', 'd04']],
  ['$gte and $lt together', { n: { $gte: 2, $lt: 3 } }, ['d02', 'd04']],
  ['$lt never matches null/missing', { n: { $lt: 1 } }, ['d08']],
  ['$lte', { n: { $lte: 0 } }, ['d08']],
  ['$gte 0 excludes strings, null, missing', { n: { $gte: 0 } }, ['d01', 'd02', 'd03', 'd04', 'd08']],
  ['number range excludes booleans', { flag: { $gte: 0 } }, ['d07', 'd08']],
  ['string range: strings only, binary order', { label: { $gte: 'b', $lt: 'e' } }, ['d02', 'd05']],
  ['string range on a numeric field matches strings only', { n: { $gt: '' } }, ['d07']],
  ['dotted path equality', { 'meta.score': 10 }, ['d01', 'd03']],
  ['dotted path null: missing leaf, missing parent, null', { 'meta.score': null }, ['d04', 'd05', 'd06']],
  ['dotted path range', { 'meta.score': { $gt: 15 } }, ['d02', 'd07']],
  ['dotted path $ne', { 'meta.score': { $ne: 10 } }, ['d02', 'd04', 'd05', 'd06', 'd07', 'd08']],
  ['path through a scalar is missing', { 'label.x': null }, DOCS.map((d) => d.id)],
  ['conditions on several fields are AND-ed', { kind: 'fund', flag: true }, ['d03']],
  ['equality and range AND-ed', { kind: 'expo', n: { $gt: 1 } }, ['d02']],
  ['empty filter matches everything', {}, DOCS.map((d) => d.id)],
  ['id range: binary string order', { id: { $gt: 'd03', $lte: 'd06' } }, ['d04', 'd05', 'd06']],
  ['id $ne and a number compared with the id matches no string id', { id: { $ne: 'd01', $gt: 0 } }, []],
  ['id range AND-ed with a field', { id: { $gte: 'd02' }, kind: 'expo' }, ['d02']],
];

/** [description, orderBy, expected ids] */
const ORDER_CASES: Array<[string, NonNullable<FindOptions['orderBy']>, string[]]> = [
  ['asc: null/missing first, numbers, then strings', [['n', 'asc']], ['d05', 'd06', 'd08', 'd01', 'd02', 'd04', 'd03', 'd07']],
  ['desc: strings, numbers, null/missing last (ties by id asc)', [['n', 'desc']], ['d07', 'd03', 'd04', 'd02', 'd01', 'd08', 'd05', 'd06']],
  ['mixed types: null/missing < numbers < booleans', [['flag', 'asc']], ['d04', 'd05', 'd06', 'd08', 'd07', 'd02', 'd01', 'd03']],
  ['multi-field', [['kind', 'asc'], ['n', 'desc']], ['d02', 'd01', 'd03', 'd04', 'd05', 'd06', 'd07', 'd08']],
  ['ties broken by id ascending', [['kind', 'desc']], ['d07', 'd08', 'd05', 'd06', 'd03', 'd04', 'd01', 'd02']],
  ['dotted path', [['meta.score', 'asc']], ['d04', 'd05', 'd06', 'd01', 'd03', 'd02', 'd07', 'd08']],
  ['strings in binary (UTF-8) order', [['label', 'asc']], ['d08', 'd03', 'd01', 'd02', 'd05', 'd06', 'd04', 'd07']],
];

const ids = (docs: StoredDocument[]): string[] => docs.map((d) => d.id);

/** Contract part: filters, ordering, paging, count, deleteWhere and the dialect's refusals. */
export function describeQueryContract(ctx: ContractContext): void {
  describe('queries', () => {
    let c = '';
    beforeAll(async () => {
      // Indexed fields exercise the index path, unindexed ones the scan path; results must not differ.
      c = await ctx.collection(['kind', 'n', 'flag', 'meta.score']);
      await ctx.seed(c, DOCS, 'insert');
    });

    it.each(FILTER_CASES)('filter: %s', async (_name, where, expected) => {
      expect(ids(await ctx.store.find(c, { where }))).toEqual(expected);
      expect(await ctx.store.count(c, where)).toBe(expected.length);
    });

    it.each(ORDER_CASES)('orderBy: %s', async (_name, orderBy, expected) => {
      expect(ids(await ctx.store.find(c, { orderBy }))).toEqual(expected);
    });

    it('find without orderBy returns documents by id ascending', async () => {
      expect(ids(await ctx.store.find(c))).toEqual(DOCS.map((d) => d.id));
    });

    it('combines where, orderBy, limit and offset', async () => {
      const page = await ctx.store.find(c, { where: { n: { $ne: null } }, orderBy: [['n', 'desc']], limit: 2, offset: 1 });
      expect(ids(page)).toEqual(['d03', 'd04']);
    });

    it('limit 0 returns nothing; an offset past the end returns nothing; offset alone skips', async () => {
      expect(await ctx.store.find(c, { limit: 0 })).toEqual([]);
      expect(await ctx.store.find(c, { offset: 8 })).toEqual([]);
      expect(ids(await ctx.store.find(c, { offset: 6 }))).toEqual(['d07', 'd08']);
    });

    it('count without a filter counts every document', async () => {
      expect(await ctx.store.count(c)).toBe(DOCS.length);
    });
  });

  describe('findVersions', () => {
    it('answers what find would, as ids and versions only (null when a document has none)', async () => {
      const v = await ctx.collection(['kind']);
      await ctx.seed(
        v,
        [
          { id: 'v1', version: 3, kind: 'a', body: { big: 'x'.repeat(1000) } },
          { id: 'v2', kind: 'b' },
          { id: 'v3', version: 0, kind: 'a' },
          { id: 'v4', version: 1, kind: 'a' },
          { id: 'v5', version: 12, kind: 'b' },
        ],
        'insert',
      );
      expect(await ctx.store.findVersions(v)).toEqual([
        { id: 'v1', version: 3 },
        { id: 'v2', version: null },
        { id: 'v3', version: 0 },
        { id: 'v4', version: 1 },
        { id: 'v5', version: 12 },
      ]);
      const options: FindOptions = { where: { kind: 'a', id: { $gt: 'v1' } }, orderBy: [['id', 'desc']], limit: 1, offset: 1 };
      expect(await ctx.store.findVersions(v, options)).toEqual([{ id: 'v3', version: 0 }]);
      expect(ids(await ctx.store.find(v, options))).toEqual(['v3']);
      expect(await ctx.store.findVersions(v, { limit: 0 })).toEqual([]);
      await expect(ctx.store.findVersions(v, { where: { 'a..b': 1 } })).rejects.toThrow(UnsupportedQueryError);
    });
  });

  describe('paging', () => {
    it('keyset pages (id after the last one read, ordered by id) cover every match once, in order', async () => {
      const p = await ctx.collection(['live']);
      const docs = Array.from({ length: 37 }, (_, i) => ({ id: `k${String((i * 11) % 37).padStart(2, '0')}`, live: i % 4 !== 0 }));
      await ctx.seed(p, docs);
      for (const direction of ['asc', 'desc'] as const) {
        const seen: string[] = [];
        for (let last: string | null = null; ; ) {
          const after: Filter = last === null ? {} : { id: direction === 'asc' ? { $gt: last } : { $lt: last } };
          const page = await ctx.store.find(p, { where: { live: true, ...after }, orderBy: [['id', direction]], limit: 5 });
          if (page.length === 0) break;
          seen.push(...ids(page));
          last = page[page.length - 1].id;
        }
        const expected = ids(docs.filter((d) => d.live)).sort();
        expect(seen).toEqual(direction === 'asc' ? expected : expected.reverse());
      }
    });

    it('limit/offset pages over tied sort keys cover every document exactly once', async () => {
      const p = await ctx.collection(['bucket']);
      const docs = Array.from({ length: 23 }, (_, i) => ({ id: `p${String((i * 7) % 23).padStart(2, '0')}`, bucket: i % 3 }));
      await ctx.seed(p, docs);
      for (const direction of ['asc', 'desc'] as const) {
        const seen: string[] = [];
        for (let offset = 0; ; offset += 4) {
          const page = await ctx.store.find(p, { orderBy: [['bucket', direction]], limit: 4, offset });
          seen.push(...ids(page));
          if (page.length < 4) break;
        }
        expect([...seen].sort()).toEqual(ids(docs).sort());
        expect(seen).toEqual(ids(await ctx.store.find(p, { orderBy: [['bucket', direction]] })));
      }
    });
  });

  describe('deleteWhere', () => {
    ctx.needs('multi-document-transactions')('removes exactly the matching documents, atomically with the rest of the batch', async () => {
      const d = await ctx.collection(['kind']);
      await ctx.seed(d, DOCS);
      await ctx.store.commit([
        { op: 'deleteWhere', collection: d, where: { kind: { $in: ['expo', 'service'] }, 'meta.score': { $gte: 20 } } },
        { op: 'deleteWhere', collection: d, where: { n: null } },
        { op: 'put', collection: d, document: { id: 'd99', kind: 'new' } },
      ]);
      expect(ids(await ctx.store.find(d))).toEqual(['d01', 'd03', 'd04', 'd08', 'd99']);
      await ctx.store.commit([{ op: 'deleteWhere', collection: d, where: {} }]);
      expect(await ctx.store.count(d)).toBe(0);
    });
  });

  describe('dialect refusals (UnsupportedQueryError)', () => {
    let c = '';
    beforeAll(async () => {
      c = await ctx.collection();
    });
    const bad = <T>(value: unknown): T => value as T;

    it.each([
      ['$regex', { n: { $regex: 'a' } }],
      ['$exists', { n: { $exists: true } }],
      ['$or', { $or: [{ n: 1 }] }],
      ['_id', { _id: 'x' }],
      ['an empty path segment', { 'a..b': 1 }],
      ['a numeric path segment', { 'tags.0': 'x' }],
      ['sub-document equality', { meta: { score: 10 } }],
      ['an empty condition', { n: {} }],
      ['undefined', { n: undefined }],
      ['an array value', { n: [1, 2] }],
      ['$in without an array', { n: { $in: 'x' } }],
      ['$in with an object', { n: { $in: [{}] } }],
      ['a range on null', { n: { $gt: null } }],
      ['a range on a boolean', { n: { $lt: true } }],
      ['NaN', { n: Number.NaN }],
      ['Infinity', { n: { $eq: Infinity } }],
    ])('filter with %s', async (_name, where) => {
      await expect(ctx.store.find(c, { where: bad<Filter>(where) })).rejects.toThrow(UnsupportedQueryError);
      await expect(ctx.store.count(c, bad<Filter>(where))).rejects.toThrow(UnsupportedQueryError);
      await expect(ctx.store.commit([{ op: 'deleteWhere', collection: c, where: bad<Filter>(where) }])).rejects.toThrow(
        UnsupportedQueryError,
      );
    });

    it.each([
      ['a negative limit', { limit: -1 }],
      ['a fractional limit', { limit: 1.5 }],
      ['a negative offset', { offset: -1 }],
      ['a bad direction', { orderBy: [['n', 'up']] }],
      ['a bad sort field', { orderBy: [['$natural', 'asc']] }],
      ['a duplicated sort field', { orderBy: [['n', 'asc'], ['n', 'desc']] }],
      ['an unknown option', { sort: { n: 1 } }],
    ])('find with %s', async (_name, options) => {
      await expect(ctx.store.find(c, bad<FindOptions>(options))).rejects.toThrow(UnsupportedQueryError);
    });

    it.each(['Bad', '1abc', 'a-b', '', 'x'.repeat(64), 'sqlite_master', 'system.users'])('collection name %j', async (name) => {
      await expect(ctx.store.init([{ name }])).rejects.toThrow(UnsupportedQueryError);
      await expect(ctx.store.get(name, 'x')).rejects.toThrow(UnsupportedQueryError);
    });

    it('index paths are validated like filter paths', async () => {
      await expect(ctx.store.init([{ name: 'fine_name', indexes: ['a.$b'] }])).rejects.toThrow(UnsupportedQueryError);
      await expect(ctx.store.init([{ name: 'fine_name', indexes: ['_id'] }])).rejects.toThrow(UnsupportedQueryError);
    });

    it.each([
      ['an _id field', { id: 'a', _id: 'a' }],
      ['a Date', { id: 'a', at: new Date(0) }],
      ['an undefined field', { id: 'a', gone: undefined }],
      ['NaN', { id: 'a', n: Number.NaN }],
      ['a $-prefixed key', { id: 'a', nested: { $set: 1 } }],
      ['a dotted key', { id: 'a', 'a.b': 1 }],
      ['no id', { name: 'x' }],
      ['an empty id', { id: '' }],
      ['a fractional version', { id: 'a', version: 1.5 }],
      ['a string version', { id: 'a', version: '1' }],
    ])('document with %s', async (_name, document) => {
      await expect(ctx.store.commit([{ op: 'put', collection: c, document: bad<StoredDocument>(document) }])).rejects.toThrow(
        UnsupportedQueryError,
      );
    });

    it('unknown operations and malformed expectedVersion', async () => {
      const ops: unknown[] = [
        { op: 'upsert', collection: c, document: { id: 'a' } },
        { op: 'put', collection: c, document: { id: 'a' }, expectedVersion: '1' },
        { op: 'delete', collection: c, id: 'a', expectedVersion: null },
        { op: 'deleteWhere', collection: c },
      ];
      for (const op of ops) await expect(ctx.store.commit([bad(op)])).rejects.toThrow(UnsupportedQueryError);
      expect(await ctx.store.count(c)).toBe(0);
    });
  });
}
