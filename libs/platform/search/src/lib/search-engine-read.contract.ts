/** Read-side contract: matching, filters, facets and paging over one shared fixture index. */
import { SearchDocument, SearchQuery, SearchResult } from './search-engine.port';
import { SearchInputError } from './search.errors';
import {
  ALL_IDS,
  ContractContext,
  ESCAPED_ORGANISER,
  OPPORTUNITIES,
  QUOTED_ORGANISER,
  idsOf,
  sorted,
} from './search-engine.contract.fixtures';

export function describeReadContract(ctx: ContractContext): void {
  let index = '';
  const run = (query: SearchQuery): Promise<SearchResult<SearchDocument>> => ctx.engine().search(index, query);
  const matchIds = async (query: SearchQuery): Promise<string[]> => idsOf(await run({ limit: 100, ...query }));

  beforeAll(async () => {
    index = await ctx.freshIndex(OPPORTUNITIES);
  });

  describe('text matching (exact tokens, AND)', () => {
    it('finds documents by one token, in any searchable field', async () => {
      expect(await matchIds({ text: 'tea' })).toEqual(sorted(['fair-tea-xiamen', 'fair-tea-hk', 'prog-tea-export', 'svc-tea-house']));
      expect(await matchIds({ text: 'x8336' })).toEqual(['prog-tea-export']);
      expect(await matchIds({ text: 'programme' })).toEqual(['prog-listing']);
    });

    it('requires every token (AND), across fields', async () => {
      expect(await matchIds({ text: 'tea export' })).toEqual(sorted(['fair-tea-xiamen', 'prog-tea-export']));
      expect(await matchIds({ text: 'tea export x8336' })).toEqual(['prog-tea-export']);
      // `xiamen` is only in the title, `x53a6` only in terms
      expect(await matchIds({ text: 'xiamen x53a6' })).toEqual(['fair-tea-xiamen']);
      expect(await matchIds({ text: 'tea legal' })).toEqual([]);
      expect(await matchIds({ text: 'hong kong' })).toEqual(sorted(['fair-tea-hk', 'svc-legal']));
    });

    it('does not match a token that is only a prefix of an indexed token', async () => {
      expect(await matchIds({ text: 'teahous' })).toEqual([]);
      expect(await matchIds({ text: 'financ' })).toEqual([]);
      expect(await matchIds({ text: 'consult' })).toEqual([]);
      expect(await matchIds({ text: 'x53' })).toEqual([]);
      expect(await matchIds({ text: 'teahouse' })).toEqual(['fair-teahouse']);
    });

    it('does not tolerate typos, splits or concatenations', async () => {
      expect(await matchIds({ text: 'fiar' })).toEqual([]);
      expect(await matchIds({ text: 'financng' })).toEqual([]);
      expect(await matchIds({ text: 'seafod' })).toEqual([]);
      expect(await matchIds({ text: 'hongkong' })).toEqual([]);
      expect(await matchIds({ text: 'tea house' })).toEqual(['svc-tea-house']);
    });

    it('matches every document on empty or blank text', async () => {
      expect(await matchIds({ text: '' })).toEqual(ALL_IDS);
      const blank = await run({ text: '   ', limit: 100 });
      expect(idsOf(blank)).toEqual(ALL_IDS);
      expect(blank.total).toBe(ALL_IDS.length);
    });

    it('returns the stored document and a numeric score on each hit', async () => {
      const result = await run({ text: 'x5dde' });
      expect(result.hits).toHaveLength(1);
      const [hit] = result.hits;
      expect(hit.id).toBe('fair-fisheries');
      expect(hit.document).toEqual(OPPORTUNITIES.find((d) => d.id === 'fair-fisheries'));
      expect(Number.isFinite(hit.score)).toBe(true);
    });

    it('rejects tokens outside [a-z0-9] instead of tokenising them differently', async () => {
      await expect(run({ text: 'Tea' })).rejects.toBeInstanceOf(SearchInputError);
      await expect(run({ text: 'tea-fair' })).rejects.toBeInstanceOf(SearchInputError);
      await expect(run({ text: '茶' })).rejects.toBeInstanceOf(SearchInputError);
    });
  });

  describe('filters', () => {
    it('scalar equality, alone and with text', async () => {
      expect(await matchIds({ text: '', filter: { city: 'Fuzhou' } })).toEqual(
        sorted(['fair-teahouse', 'prog-financing', 'prog-tea-export', 'fair-fisheries']),
      );
      expect(await matchIds({ text: 'tea', filter: { city: 'Fuzhou' } })).toEqual(['prog-tea-export']);
    });

    it('equality on an array field means contains', async () => {
      expect(await matchIds({ text: '', filter: { sectors: 'tea' } })).toEqual(
        sorted(['fair-tea-xiamen', 'fair-tea-hk', 'prog-tea-export', 'svc-tea-house']),
      );
      expect(await matchIds({ text: 'tea', filter: { sectors: 'hospitality' } })).toEqual(['svc-tea-house']);
    });

    it('a list of values means any of them', async () => {
      expect(await matchIds({ text: '', filter: { sectors: ['design', 'legal'] } })).toEqual(sorted(['fair-teahouse', 'svc-legal']));
      expect(await matchIds({ text: '', filter: { city: ['Xiamen', 'Hong Kong'] } })).toEqual(
        sorted(['fair-tea-xiamen', 'svc-tea-house', 'fair-tea-hk', 'prog-listing', 'svc-legal']),
      );
      expect(await matchIds({ text: '', filter: { year: [2024, 2025] } })).toEqual(
        sorted(['fair-tea-hk', 'prog-financing', 'fair-fisheries', 'svc-tea-house']),
      );
    });

    it('an empty list matches nothing', async () => {
      const result = await run({ text: '', filter: { sectors: [] }, facets: ['city'] });
      expect(result).toEqual({ hits: [], total: 0, facets: { city: {} } });
    });

    it('booleans and numbers', async () => {
      expect(await matchIds({ text: '', filter: { online: false } })).toEqual(
        sorted(['fair-tea-xiamen', 'fair-tea-hk', 'prog-financing', 'fair-fisheries']),
      );
      expect(await matchIds({ text: 'tea', filter: { online: true } })).toEqual(sorted(['prog-tea-export', 'svc-tea-house']));
      expect(await matchIds({ text: '', filter: { year: 2026 } })).toEqual(
        sorted(['fair-tea-xiamen', 'fair-teahouse', 'prog-listing', 'prog-tea-export', 'svc-legal']),
      );
    });

    it('several fields must all hold', async () => {
      expect(await matchIds({ text: '', filter: { kind: 'fair', year: 2026 } })).toEqual(sorted(['fair-tea-xiamen', 'fair-teahouse']));
      expect(await matchIds({ text: 'expo', filter: { kind: 'fair', city: 'Fuzhou', online: false } })).toEqual(['fair-fisheries']);
      expect(await matchIds({ text: '', filter: { kind: 'service', city: 'Fuzhou' } })).toEqual([]);
    });

    it('values with quotes, backslashes and CJK', async () => {
      expect(await matchIds({ text: '', filter: { organiser: QUOTED_ORGANISER } })).toEqual(['fair-teahouse']);
      expect(await matchIds({ text: '', filter: { organiser: ESCAPED_ORGANISER } })).toEqual(['prog-financing']);
      expect(await matchIds({ text: '', filter: { organiser: '福建省商務廳' } })).toEqual(['prog-tea-export']);
      expect(await matchIds({ text: '', filter: { organiser: ['福州市人民政府', '廈門市商務局', 'nobody "at" all'] } })).toEqual(
        sorted(['fair-fisheries', 'fair-tea-xiamen']),
      );
      expect(await matchIds({ text: '', filter: { organiser: 'Fujian ' } })).toEqual([]);
    });

    it('compares values by normalised string form (case-insensitive, "2026" = 2026)', async () => {
      expect(await matchIds({ text: '', filter: { city: 'fuzhou' } })).toEqual(await matchIds({ text: '', filter: { city: 'Fuzhou' } }));
      expect(await matchIds({ text: '', filter: { year: '2026' } })).toEqual(await matchIds({ text: '', filter: { year: 2026 } }));
    });

    it('rejects filters and facets on fields that are not filterable', async () => {
      await expect(run({ text: '', filter: { title: 'tea' } })).rejects.toBeInstanceOf(SearchInputError);
      await expect(run({ text: '', facets: ['terms'] })).rejects.toBeInstanceOf(SearchInputError);
    });
  });

  describe('facets', () => {
    it('counts each value over the whole match set, not the returned page', async () => {
      const result = await run({ text: '', facets: ['city', 'sectors'], limit: 2 });
      expect(result.hits).toHaveLength(2);
      expect(result.total).toBe(9);
      expect(result.facets).toEqual({
        city: { Xiamen: 2, 'Hong Kong': 3, Fuzhou: 4 },
        sectors: { tea: 4, agrifood: 3, design: 1, hospitality: 2, finance: 2, trade: 1, legal: 1 },
      });
    });

    it('follows text and filters; booleans and numbers are keyed by their string form', async () => {
      const tea = await run({ text: 'tea', facets: ['city', 'online', 'year'], limit: 1 });
      expect(tea.total).toBe(4);
      expect(tea.facets).toEqual({
        city: { Xiamen: 2, 'Hong Kong': 1, Fuzhou: 1 },
        online: { true: 2, false: 2 },
        year: { '2026': 2, '2025': 2 },
      });
      const fairs = await run({ text: '', filter: { kind: 'fair' }, facets: ['year'], limit: 0 });
      expect(fairs.facets).toEqual({ year: { '2026': 2, '2025': 1, '2024': 1 } });
      expect(fairs.hits).toEqual([]);
      expect(fairs.total).toBe(4);
    });

    it('reports requested facets even when nothing matches', async () => {
      expect((await run({ text: 'nosuchtoken', facets: ['city'] })).facets).toEqual({ city: {} });
    });
  });

  describe('paging', () => {
    it('limit/offset pages cover each hit exactly once and total is exact', async () => {
      const seen: string[] = [];
      for (let offset = 0; offset < 12; offset += 4) {
        const page = await run({ text: '', limit: 4, offset });
        expect(page.total).toBe(9);
        seen.push(...page.hits.map((hit) => hit.id));
      }
      expect(seen).toHaveLength(9);
      expect(sorted(seen)).toEqual(ALL_IDS);
    });

    it('any window is the same slice of the full ordering', async () => {
      const full = (await run({ text: '', limit: 9 })).hits.map((hit) => hit.id);
      for (const [offset, limit] of [[2, 5], [3, 3], [1, 7], [5, 2], [8, 4]]) {
        const window = await run({ text: '', offset, limit });
        expect(window.hits.map((hit) => hit.id)).toEqual(full.slice(offset, offset + limit));
      }
      const tea = (await run({ text: 'tea', limit: 4 })).hits.map((hit) => hit.id);
      expect((await run({ text: 'tea', offset: 1, limit: 2 })).hits.map((hit) => hit.id)).toEqual(tea.slice(1, 3));
    });

    it('past the end returns no hits but the exact total; bad paging is rejected', async () => {
      expect(await run({ text: 'tea', offset: 10 })).toMatchObject({ hits: [], total: 4 });
      await expect(run({ text: '', limit: -1 })).rejects.toBeInstanceOf(SearchInputError);
      await expect(run({ text: '', offset: 1.5 })).rejects.toBeInstanceOf(SearchInputError);
    });
  });
}
