import { UnsupportedQueryError } from './store.errors';
import { conditionsOf, validateCollectionSpecs, validateFindOptions, validateWriteOperations } from './store-dialect';

const rejects = (fn: () => unknown, message: RegExp) => {
  expect(fn).toThrow(UnsupportedQueryError);
  expect(fn).toThrow(message);
};

describe('store dialect', () => {
  it('normalizes bare scalars to $eq and keeps operator conditions in order', () => {
    expect(conditionsOf({ kind: 'expo', n: { $gte: 1, $lt: 5 }, 'a.b': null, tags: { $in: ['x', null] } })).toEqual([
      { path: 'kind', op: '$eq', value: 'expo' },
      { path: 'n', op: '$gte', value: 1 },
      { path: 'n', op: '$lt', value: 5 },
      { path: 'a.b', op: '$eq', value: null },
      { path: 'tags', op: '$in', value: ['x', null] },
    ]);
    expect(conditionsOf(undefined)).toEqual([]);
  });

  it('validates find options and fills defaults', () => {
    expect(validateFindOptions(undefined)).toEqual({ conditions: [], orderBy: [], offset: 0 });
    expect(validateFindOptions({ orderBy: [['a.b', 'desc']], limit: 3, offset: 2 })).toEqual({
      conditions: [],
      orderBy: [['a.b', 'desc']],
      limit: 3,
      offset: 2,
    });
  });

  it('explains what is wrong, naming the field and the dialect', () => {
    rejects(() => conditionsOf({ n: { $regex: 'a' } }), /"n": operator \$regex is not in the dialect \(supported: \$eq \$ne \$in \$gt \$gte \$lt \$lte\)/);
    rejects(() => conditionsOf({ $or: [] }), /logical operators such as \$or are not in the dialect/);
    rejects(() => conditionsOf({ meta: { score: 1 } }), /sub-document equality is not supported; filter on "meta.score"/);
    rejects(() => conditionsOf({ _id: 'x' }), /"_id" is reserved/);
    rejects(() => conditionsOf({ n: undefined }), /undefined is not a scalar/);
    rejects(() => conditionsOf({ n: { $gt: true } }), /\$gt needs a string or a finite number, got true/);
    rejects(() => conditionsOf({ 'a.__proto__': 1 }), /__proto__/);
    rejects(() => validateFindOptions({ limit: -1 }), /limit must be a non-negative integer, got -1/);
    rejects(() => validateFindOptions({ orderBy: [['n', 'ASC']] }), /direction must be "asc" or "desc", got "ASC"/);
    rejects(() => validateCollectionSpecs([{ name: 'Profiles' }]), /invalid collection name "Profiles"/);
    rejects(() => validateCollectionSpecs([{ name: 'sqlite_stat1' }]), /sqlite_ prefix is reserved/);
  });

  describe('write operations', () => {
    const declared = new Map([['orders', []]]);

    it('accepts a valid batch', () => {
      expect(() =>
        validateWriteOperations(
          [
            { op: 'insert', collection: 'orders', document: { id: 'a', version: 0, nested: { list: [1, 'x', null, { ok: true }] } } },
            { op: 'put', collection: 'orders', document: { id: 'a', version: 1 }, expectedVersion: 0 },
            { op: 'put', collection: 'orders', document: { id: 'b' }, expectedVersion: null },
            { op: 'delete', collection: 'orders', id: 'a', expectedVersion: 1 },
            { op: 'deleteWhere', collection: 'orders', where: { n: { $lt: 3 } } },
          ],
          declared,
        ),
      ).not.toThrow();
    });

    it('names the operation and the path of a bad value', () => {
      const doc = (document: unknown) => [{ op: 'put', collection: 'orders', document }];
      rejects(() => validateWriteOperations(doc({ id: 'a', at: { when: new Date(0) } }), declared), /commit\[0\] put orders\.at\.when: a Date is not allowed/);
      rejects(() => validateWriteOperations(doc({ id: 'a', list: [1, undefined] }), declared), /orders\.list\[1\]: undefined is not allowed; omit the field or use null/);
      rejects(() => validateWriteOperations(doc({ id: 'a', n: Infinity }), declared), /Infinity is not allowed/);
      rejects(() => validateWriteOperations(doc({ id: 'a', m: new Map() }), declared), /an object \(Map\) is not allowed/);
      rejects(() => validateWriteOperations(doc({ id: 'a', 'x.y': 1 }), declared), /field name "x.y" is not allowed/);
      rejects(() => validateWriteOperations(doc({ id: 'a', _id: 'a' }), declared), /"_id" is reserved/);
      rejects(() => validateWriteOperations(doc({ id: 7 }), declared), /id must be a non-empty string/);
      rejects(() => validateWriteOperations([{ op: 'put', collection: 'other', document: { id: 'a' } }], declared), /collection "other" was not declared/);
    });

    it('limits nesting depth', () => {
      let deep: Record<string, unknown> = { leaf: 1 };
      for (let i = 0; i < 70; i++) deep = { child: deep };
      rejects(() => validateWriteOperations([{ op: 'insert', collection: 'orders', document: { id: 'a', deep } }], declared), /nest at most 64 levels/);
    });
  });
});
