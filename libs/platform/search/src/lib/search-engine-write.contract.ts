/** Write-side contract: index lifecycle, upsert/remove/count, rebuild and drop. */
import { MAX_QUERY_TOKENS, SearchDocument } from './search-engine.port';
import { SearchIndexNotFoundError, SearchInputError } from './search.errors';
import {
  ContractContext,
  OPPORTUNITIES,
  OpportunityDocument,
  batchesWithPause,
  idsOf,
  sorted,
  specFor,
  uniqueIndexName,
} from './search-engine.contract.fixtures';

const TEA_IDS = sorted(['fair-tea-xiamen', 'fair-tea-hk', 'prog-tea-export', 'svc-tea-house']);

const generated = (n: number, prefix: string): OpportunityDocument[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    kind: 'fair',
    title: `${prefix} expo ${i}`,
    terms: `${prefix} expo n${i}`,
    city: i % 2 === 0 ? 'Fuzhou' : 'Hong Kong',
    sectors: ['trade'],
    year: 2026,
    online: false,
    organiser: 'HKTDC',
  }));

export function describeWriteContract(ctx: ContractContext): void {
  const engine = () => ctx.engine();
  const ids = async (index: string, text: string, filter?: Record<string, string>): Promise<string[]> =>
    idsOf(await engine().search(index, { text, filter, limit: 100 }));

  describe('index lifecycle', () => {
    it('ensureIndex is idempotent and keeps the documents', async () => {
      const index = await ctx.freshIndex(OPPORTUNITIES);
      await engine().ensureIndex(specFor(index));
      await engine().ensureIndex(specFor(index));
      expect(await engine().count(index)).toBe(OPPORTUNITIES.length);
      expect(await ids(index, 'tea')).toEqual(TEA_IDS);
    });

    it('ensureIndex with changed settings applies them to the existing documents', async () => {
      const index = await ctx.freshIndex(OPPORTUNITIES);
      await engine().upsert(index, [{ ...OPPORTUNITIES[0], region: 'south' }]);
      await engine().ensureIndex(specFor(index, ['region']));
      expect(await ids(index, '', { region: 'south' })).toEqual(['fair-tea-xiamen']);
      expect(await engine().count(index)).toBe(OPPORTUNITIES.length);
    });

    it('every operation but ensureIndex/rebuild/drop rejects a missing index', async () => {
      const missing = ctx.track(uniqueIndexName('missing'));
      await expect(engine().search(missing, { text: 'tea' })).rejects.toBeInstanceOf(SearchIndexNotFoundError);
      await expect(engine().upsert(missing, [OPPORTUNITIES[0]])).rejects.toBeInstanceOf(SearchIndexNotFoundError);
      await expect(engine().remove(missing, ['x'])).rejects.toBeInstanceOf(SearchIndexNotFoundError);
      await expect(engine().count(missing)).rejects.toBeInstanceOf(SearchIndexNotFoundError);
      await expect(engine().drop(missing)).resolves.toBeUndefined();
    });

    it('drop deletes the index; it can be created again, empty', async () => {
      const index = await ctx.freshIndex(OPPORTUNITIES);
      await engine().drop(index);
      await expect(engine().search(index, { text: '' })).rejects.toBeInstanceOf(SearchIndexNotFoundError);
      await engine().drop(index);
      await engine().ensureIndex(specFor(index));
      expect(await engine().count(index)).toBe(0);
      expect((await engine().search(index, { text: '' })).total).toBe(0);
    });

    it('reports health', async () => {
      const health = await engine().health();
      expect(health).toMatchObject({ ok: true, adapter: engine().adapter });
      expect(typeof health.detail).toBe('string');
    });
  });

  describe('documents', () => {
    it('counts documents', async () => {
      expect(await engine().count(await ctx.freshIndex([]))).toBe(0);
      expect(await engine().count(await ctx.freshIndex(OPPORTUNITIES))).toBe(9);
    });

    it('upsert replaces a whole document: old tokens and values no longer match', async () => {
      const index = await ctx.freshIndex(OPPORTUNITIES);
      const before = OPPORTUNITIES.find((d) => d.id === 'prog-tea-export') as OpportunityDocument;
      await engine().upsert(index, [{ ...before, terms: 'tea import x8fdb', city: 'Xiamen', sectors: ['trade'] }]);
      expect(await engine().count(index)).toBe(9);
      expect(await ids(index, 'x8336')).toEqual([]);
      expect(await ids(index, 'tea import')).toEqual(['prog-tea-export']);
      expect(await ids(index, '', { city: 'Fuzhou' })).not.toContain('prog-tea-export');
      expect(await ids(index, '', { sectors: 'tea' })).not.toContain('prog-tea-export');
      const [hit] = (await engine().search(index, { text: 'x8fdb' })).hits;
      expect(hit.document).toEqual({ ...before, terms: 'tea import x8fdb', city: 'Xiamen', sectors: ['trade'] });
    });

    it('the last occurrence of an id within one batch wins', async () => {
      const index = await ctx.freshIndex([]);
      const first = generated(1, 'dup')[0];
      await engine().upsert(index, [first, { ...first, terms: 'dup second' }]);
      expect(await engine().count(index)).toBe(1);
      expect(await ids(index, 'second')).toEqual(['dup-0']);
      expect(await ids(index, 'n0')).toEqual([]);
    });

    it('remove deletes by id; unknown ids are ignored', async () => {
      const index = await ctx.freshIndex(OPPORTUNITIES);
      await engine().remove(index, ['fair-tea-xiamen', 'no-such-id', 'not a valid id']);
      expect(await engine().count(index)).toBe(8);
      expect(await ids(index, 'xiamen')).toEqual([]);
      expect((await engine().search(index, { text: '', facets: ['city'] })).facets.city).toEqual({ 'Hong Kong': 3, Fuzhou: 4, Xiamen: 1 });
      await engine().remove(index, []);
      expect(await engine().count(index)).toBe(8);
    });

    it('rejects invalid documents before writing any of the batch', async () => {
      const index = await ctx.freshIndex(OPPORTUNITIES);
      const good = generated(1, 'ok')[0];
      const attempts: SearchDocument[][] = [
        [good, { ...good, id: 'bad id' }],
        [good, { ...good, id: 'caps', terms: 'Tea Fair' }],
        [good, { ...good, id: 'cjk', terms: '茶葉 fair' }],
        [good, { ...good, id: 'nested', city: { name: 'Fuzhou' } }],
      ];
      for (const batch of attempts) await expect(engine().upsert(index, batch)).rejects.toBeInstanceOf(SearchInputError);
      expect(await engine().count(index)).toBe(9);
    });

    it(`only the first ${MAX_QUERY_TOKENS} distinct query tokens count`, async () => {
      const tokens = Array.from({ length: MAX_QUERY_TOKENS }, (_, i) => `w${i}`);
      const index = await ctx.freshIndex([{ ...generated(1, 'long')[0], terms: tokens.join(' ') }]);
      expect(await ids(index, tokens.join(' '))).toEqual(['long-0']);
      expect(await ids(index, `${tokens.join(' ')} absent`)).toEqual(['long-0']);
      expect(await ids(index, `absent ${tokens.join(' ')}`)).toEqual([]);
      expect(await ids(index, `${'w0 '.repeat(MAX_QUERY_TOKENS + 2)} w1`)).toEqual(['long-0']);
    });

    it('uses 20 as the default limit with an exact total', async () => {
      const index = await ctx.freshIndex(generated(25, 'bulk'));
      const result = await engine().search(index, { text: 'expo' });
      expect(result.hits).toHaveLength(20);
      expect(result.total).toBe(25);
    });
  });

  describe('rebuild', () => {
    it('swaps the content in; a search during the rebuild answers from the old index', async () => {
      const index = await ctx.freshIndex(OPPORTUNITIES);
      const during: string[][] = [];
      const fresh = generated(3, 'fresh');
      await engine().rebuild(
        specFor(index),
        batchesWithPause([fresh.slice(0, 2), [fresh[2], OPPORTUNITIES[5]]], async () => {
          during.push(await ids(index, 'tea'));
        }),
      );
      expect(during).toEqual([TEA_IDS]);
      expect(await engine().count(index)).toBe(4);
      expect(await ids(index, 'legal')).toEqual([]);
      expect(await ids(index, 'fresh expo')).toEqual(['fresh-0', 'fresh-1', 'fresh-2']);
      expect(await ids(index, 'tea')).toEqual(['prog-tea-export']);
      expect(await ids(index, '', { city: 'Hong Kong' })).toEqual(['fresh-1']);
    });

    it('creates the index when it did not exist, from plain arrays of batches', async () => {
      const index = ctx.track(uniqueIndexName('rebuilt'));
      await engine().rebuild(specFor(index), [OPPORTUNITIES.slice(0, 4), OPPORTUNITIES.slice(4)]);
      expect(await engine().count(index)).toBe(9);
      expect(await ids(index, 'tea')).toEqual(TEA_IDS);
    });

    it('a failed rebuild leaves the old index serving', async () => {
      const index = await ctx.freshIndex(OPPORTUNITIES);
      const broken = [generated(2, 'fresh'), [{ ...generated(1, 'bad')[0], id: 'not valid' }]];
      await expect(engine().rebuild(specFor(index), broken)).rejects.toBeInstanceOf(SearchInputError);
      expect(await engine().count(index)).toBe(9);
      expect(await ids(index, 'tea')).toEqual(TEA_IDS);
      expect(await ids(index, 'fresh')).toEqual([]);
    });
  });
}
