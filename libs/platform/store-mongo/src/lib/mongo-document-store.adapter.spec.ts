import { isDuplicateKeyError, MongoDocumentStore, toMongoFilter, toMongoSort } from './mongo-document-store.adapter';
import { conditionsOf } from '@fhk/platform/store';

// The adapter's behaviour is covered by the contract suite when MONGO_URL is set; these are the
// pure translations it relies on, checked on every run.
describe('MongoDocumentStore translations', () => {
  it('maps dialect conditions onto the MongoDB query language, grouped by field', () => {
    const filter = toMongoFilter(
      conditionsOf({ kind: 'expo', n: { $gte: 1, $lt: 5 }, 'meta.score': null, tags: { $in: ['a', null] }, f: { $ne: true } }),
    );
    expect(filter).toEqual({
      kind: { $eq: 'expo' },
      n: { $gte: 1, $lt: 5 },
      'meta.score': { $eq: null },
      tags: { $in: ['a', null] },
      f: { $ne: true },
    });
    expect(toMongoFilter([])).toEqual({});
  });

  it('sorts by the requested keys in order, then by _id ascending', () => {
    const sort = toMongoSort([
      ['kind', 'asc'],
      ['meta.score', 'desc'],
    ]);
    expect(Object.entries(sort)).toEqual([
      ['kind', 1],
      ['meta.score', -1],
      ['_id', 1],
    ]);
  });

  it('recognises duplicate key errors by code', () => {
    expect(isDuplicateKeyError(Object.assign(new Error('E11000 duplicate key'), { code: 11000 }))).toBe(true);
    expect(isDuplicateKeyError(Object.assign(new Error('WriteConflict'), { code: 112 }))).toBe(false);
    expect(isDuplicateKeyError('nope')).toBe(false);
  });

  it('refuses an invalid database name before connecting', async () => {
    await expect(MongoDocumentStore.connect({ url: 'mongodb://127.0.0.1:9', database: 'bad/name' })).rejects.toThrow(
      /invalid database name/,
    );
  });
});
