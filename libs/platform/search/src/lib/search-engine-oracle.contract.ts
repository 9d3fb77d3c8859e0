/**
 * Randomised agreement with a brute-force oracle: seeded documents and queries over a vocabulary
 * full of prefix and near-miss pairs (`tea`/`teas`, `x53f`/`x53f6`), compared on match sets,
 * exact totals and facet counts. This is what catches engine scoring/threshold surprises.
 */
import { FilterValue, SearchDocument, SearchQuery } from './search-engine.port';
import { ContractContext, sorted } from './search-engine.contract.fixtures';

const VOCABULARY = ['tea', 'teas', 'teahouse', 'fair', 'fairs', 'expo', 'x53f', 'x53f6', 'x8336', 'ab', 'abc', 'abcd', 'n1', 'n10'];
const CITIES = ['Fuzhou', 'Xiamen', 'Hong Kong', 'Quanzhou'];
const SECTORS = ['tea', 'trade', 'finance', 'legal', 'agrifood'];
const YEARS = [2024, 2025, 2026];
const ORGANISERS = ['HKTDC', '福建省商務廳', 'Fujian "Design" Week', 'O\'Brien \\ Co'];

/** mulberry32: small, seedable, good enough for test data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(seed: number, documents: number, queries: number): { documents: SearchDocument[]; queries: SearchQuery[] } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(list)))];
  const docs = Array.from({ length: documents }, (_, i) => ({
    id: `doc-${i}`,
    title: some(VOCABULARY, 3).join(' '),
    terms: some(VOCABULARY, 5).join(' '),
    city: pick(CITIES),
    sectors: some(SECTORS, 3),
    year: pick(YEARS),
    online: next() < 0.5,
    organiser: pick(ORGANISERS),
  }));
  const oneOrMany = <T extends FilterValue>(list: readonly T[]): T | T[] => (next() < 0.5 ? pick(list) : some(list, 2));
  const qs = Array.from({ length: queries }, () => {
    const filter: Record<string, FilterValue | FilterValue[]> = {};
    if (next() < 0.3) filter.city = oneOrMany(CITIES);
    if (next() < 0.3) filter.sectors = oneOrMany(SECTORS);
    if (next() < 0.2) filter.year = oneOrMany(YEARS);
    if (next() < 0.2) filter.online = next() < 0.5;
    if (next() < 0.15) filter.organiser = oneOrMany(ORGANISERS);
    const words = some([...VOCABULARY, 'zz'], 3);
    return { text: words.join(' '), filter, facets: ['city', 'sectors', 'year', 'online'], limit: 1000 };
  });
  return { documents: docs, queries: qs };
}

const valuesOf = (raw: unknown): FilterValue[] => (Array.isArray(raw) ? (raw as FilterValue[]) : [raw as FilterValue]);

function oracle(documents: SearchDocument[], query: SearchQuery): { ids: string[]; facets: Record<string, Record<string, number>> } {
  const tokens = query.text.split(' ').filter(Boolean);
  const matched = documents.filter((document) => {
    const present = new Set(`${document.title ?? ''} ${document.terms ?? ''}`.split(' '));
    if (!tokens.every((token) => present.has(token))) return false;
    return Object.entries(query.filter ?? {}).every(([field, wanted]) => {
      const accepted = valuesOf(wanted).map(String);
      return valuesOf(document[field]).some((value) => accepted.includes(String(value)));
    });
  });
  const facets: Record<string, Record<string, number>> = {};
  for (const field of query.facets ?? []) {
    const counts: Record<string, number> = {};
    for (const document of matched) {
      for (const value of new Set(valuesOf(document[field]).map(String))) counts[value] = (counts[value] ?? 0) + 1;
    }
    facets[field] = counts;
  }
  return { ids: sorted(matched.map((document) => document.id)), facets };
}

export function describeOracleContract(ctx: ContractContext): void {
  describe('agreement with a brute-force oracle', () => {
    const { documents, queries } = generate(20260101, 160, 60);

    it(`matches, totals and facet counts agree on ${queries.length} random queries`, async () => {
      const index = await ctx.freshIndex(documents);
      for (const query of queries) {
        const expected = oracle(documents, query);
        const result = await ctx.engine().search(index, query);
        const actual = { ids: sorted(result.hits.map((hit) => hit.id)), facets: result.facets };
        expect({ query, ...actual, total: result.total }).toEqual({ query, ...expected, total: expected.ids.length });
      }
    });
  });
}
