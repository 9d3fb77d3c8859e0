import { MAX_FACET_VALUES, MAX_QUERY_TOKENS } from './search-engine.port';
import { SearchInputError } from './search.errors';
import {
  computeFacets,
  filterKey,
  normalizeQuery,
  pageWindow,
  prepareDocuments,
  removableIds,
  resolveSpec,
  sameSpec,
} from './search-input';

const spec = resolveSpec({ name: 'opps', searchableFields: ['terms'], filterableFields: ['city', 'sectors', 'year'] });

describe('resolveSpec', () => {
  it('validates names and fields, dedupes and defaults sortable fields', () => {
    expect(resolveSpec({ name: 'a-b_1', searchableFields: ['t', 't'], filterableFields: [] })).toEqual({
      name: 'a-b_1',
      searchableFields: ['t'],
      filterableFields: [],
      sortableFields: [],
    });
    expect(() => resolveSpec({ name: 'has space', searchableFields: ['t'], filterableFields: [] })).toThrow(SearchInputError);
    expect(() => resolveSpec({ name: 'ok', searchableFields: ['a.b'], filterableFields: [] })).toThrow(SearchInputError);
    expect(() => resolveSpec({ name: 'ok', searchableFields: [], filterableFields: [] })).toThrow(/at least one searchable/);
  });

  it('compares specs: searchable order matters, filterable order does not', () => {
    const a = resolveSpec({ name: 'x', searchableFields: ['a', 'b'], filterableFields: ['c', 'd'] });
    expect(sameSpec(a, resolveSpec({ name: 'x', searchableFields: ['a', 'b'], filterableFields: ['d', 'c'] }))).toBe(true);
    expect(sameSpec(a, resolveSpec({ name: 'x', searchableFields: ['b', 'a'], filterableFields: ['c', 'd'] }))).toBe(false);
  });
});

describe('prepareDocuments', () => {
  it('returns JSON-normalised copies, the last occurrence of an id winning', () => {
    const when = new Date('2026-03-01T00:00:00Z');
    const input = [
      { id: 'a', terms: 'tea', at: when, gone: undefined },
      { id: 'b', terms: 'fair' },
      { id: 'a', terms: 'tea fair', at: when },
    ];
    const prepared = prepareDocuments(spec, input);
    expect(prepared).toEqual([
      { id: 'b', terms: 'fair' },
      { id: 'a', terms: 'tea fair', at: '2026-03-01T00:00:00.000Z' },
    ]);
    expect(prepared[1]).not.toBe(input[2]);
  });

  it.each([
    ['an id with a space', { id: 'a b', terms: 'tea' }],
    ['a numeric id', { id: 7, terms: 'tea' }],
    ['upper case text', { id: 'a', terms: 'Tea' }],
    ['punctuation in text', { id: 'a', terms: 'tea, fair' }],
    ['CJK text', { id: 'a', terms: '茶' }],
    ['non-string text', { id: 'a', terms: ['tea'] }],
    ['an object filter value', { id: 'a', terms: 'tea', city: { name: 'Fuzhou' } }],
    ['a NaN filter value', { id: 'a', terms: 'tea', year: Number.NaN }],
    ['a nested array filter value', { id: 'a', terms: 'tea', sectors: [['tea']] }],
  ])('rejects %s', (_label, document) => {
    expect(() => prepareDocuments(spec, [document as unknown as { id: string }])).toThrow(SearchInputError);
  });

  it('accepts missing/null fields and multi-space text', () => {
    expect(() => prepareDocuments(spec, [{ id: 'a', terms: null, city: null }, { id: 'b', terms: '  tea \n fair ' }])).not.toThrow();
  });
});

describe('normalizeQuery', () => {
  it('dedupes tokens and keeps the first MAX_QUERY_TOKENS', () => {
    const words = Array.from({ length: 12 }, (_, i) => `w${i}`);
    const q = normalizeQuery(spec, { text: `w0 w0 ${words.join(' ')}` });
    expect(q.tokens).toEqual(words.slice(0, MAX_QUERY_TOKENS));
    expect(q).toMatchObject({ limit: 20, offset: 0, facets: [], filters: [], matchesNothing: false });
  });

  it('normalises filters and flags an empty any-of', () => {
    const q = normalizeQuery(spec, { text: '', filter: { city: ' Fuzhou ', sectors: [] } });
    expect(q.filters).toEqual([
      { field: 'city', values: [' Fuzhou '], keys: ['fuzhou'] },
      { field: 'sectors', values: [], keys: [] },
    ]);
    expect(q.matchesNothing).toBe(true);
  });

  it('rejects bad tokens, unknown fields, bad values and bad paging', () => {
    expect(() => normalizeQuery(spec, { text: 'x53f6-x' })).toThrow(SearchInputError);
    expect(() => normalizeQuery(spec, { text: '', filter: { terms: 'tea' } })).toThrow(/not a filterable field/);
    expect(() => normalizeQuery(spec, { text: '', facets: ['nope'] })).toThrow(/not a filterable field/);
    expect(() => normalizeQuery(spec, { text: '', filter: { year: Number.POSITIVE_INFINITY } })).toThrow(SearchInputError);
    expect(() => normalizeQuery(spec, { text: '', limit: 1001 })).toThrow(SearchInputError);
    expect(() => normalizeQuery(spec, { text: '', offset: -1 })).toThrow(SearchInputError);
  });
});

describe('filterKey', () => {
  it('compares by trimmed, NFKD-folded, lower-cased string form', () => {
    expect(filterKey(' Hong Kong ')).toBe('hong kong');
    expect(filterKey('ＦＵＺＨＯＵ')).toBe('fuzhou');
    expect(filterKey(2026)).toBe(filterKey('2026'));
    expect(filterKey(true)).toBe('true');
    expect(filterKey('福建省商務廳')).toBe('福建省商務廳'.normalize('NFKD'));
  });
});

describe('computeFacets', () => {
  it('counts each document once per distinct value, labelled by the first value seen', () => {
    const facets = computeFacets(
      [
        { id: 'a', city: 'Fuzhou', sectors: ['tea', 'tea', 'trade'] },
        { id: 'b', city: 'fuzhou', sectors: [] },
        { id: 'c', year: 2026 },
      ],
      ['city', 'sectors', 'year'],
    );
    expect(facets).toEqual({ city: { Fuzhou: 2 }, sectors: { tea: 1, trade: 1 }, year: { '2026': 1 } });
  });

  it(`reports at most ${MAX_FACET_VALUES} values per facet`, () => {
    const documents = Array.from({ length: MAX_FACET_VALUES + 5 }, (_, i) => ({ id: `d${i}`, city: `c${i}` }));
    expect(Object.keys(computeFacets(documents, ['city']).city)).toHaveLength(MAX_FACET_VALUES);
  });
});

describe('pageWindow', () => {
  it('always finds one page that contains exactly the requested window', () => {
    for (let offset = 0; offset <= 60; offset += 1) {
      for (let limit = 1; limit <= 15; limit += 1) {
        const { page, hitsPerPage, skip } = pageWindow(offset, limit);
        const start = (page - 1) * hitsPerPage;
        expect(start + skip).toBe(offset);
        expect(skip + limit).toBeLessThanOrEqual(hitsPerPage);
      }
    }
    expect(pageWindow(40, 20)).toEqual({ page: 3, hitsPerPage: 20, skip: 0 });
    expect(pageWindow(50_000, 7)).toMatchObject({ hitsPerPage: 8 });
    expect(pageWindow(13, 0)).toEqual({ page: 1, hitsPerPage: 0, skip: 0 });
  });
});

describe('removableIds', () => {
  it('keeps distinct ids that a document could have', () => {
    expect(removableIds(['a', 'a', 'not valid', 'b-2'])).toEqual(['a', 'b-2']);
  });
});
