import { mulberry32 } from '@fhk/shared/util';
import { EnterpriseIndex } from './enterprise-index';
import { firm, opportunity, profilesOf, TODAY } from './generated-matching.fixtures';
import { MATCH_WEIGHTS, matchScore } from './match-scorer';
import { MatchableEnterprise, MatchContext, OpportunityProfile } from './match-types';
import { OpportunityCorpus } from './opportunity-corpus';
import { OutreachCache } from './outreach-cache';
import type { KeywordRanges } from './text-relevance';
import { ANY_FIRM, keepsFirm, OutreachFilter } from './outreach-filter';
import { outreachPage, rankEnterprises, scoreBoundsFor, topEnterprises } from './outreach-ranking';

/**
 * The fast outreach page (bounds on the text relevance, early stop, cache) must give exactly what
 * scoring every firm and sorting gives, on generated data (seeded, so a failure can be replayed).
 */
const rng = mulberry32(1414);
const items = Array.from({ length: 90 }, (_, i) => opportunity(rng, i));
const firms = Array.from({ length: 300 }, (_, i) => firm(rng, i));
const PAGES: ReadonlyArray<[number, number]> = [[0, 1], [0, 5], [2, 10], [0, 50], [40, 50], [0, 1000]];

/** A corpus nobody has asked yet: no firm's best text relevance is known, so the bounds are used. */
const freshCorpus = () => new OpportunityCorpus(profilesOf(items));
const ctxOf = (corpus: OpportunityCorpus): MatchContext => ({ today: TODAY, language: 'en', idf: corpus.idf, keywords: corpus.keywords });
const indexOf = (es: readonly MatchableEnterprise[]) => {
  const index = new EnterpriseIndex();
  for (const e of es) index.upsert(e);
  return index;
};

/**
 * Every page of every opportunity, fast (over `corpus`) against plain (over a corpus of its own, every
 * firm the filter keeps scored and sorted); the differences. `indexed`: from the firm index alone
 * (`outreachPage`, as the route ranks), the filter applied in its walk; else the index's candidates
 * filtered per firm, ranked with the per-firm bounds.
 */
function differences(corpus: OpportunityCorpus, cache?: OutreachCache, indexed = false, filter: OutreachFilter = ANY_FIRM): string[] {
  const plain = freshCorpus();
  const index = indexOf(firms);
  const kept = firms.filter((e) => keepsFirm(filter, e));
  const out: string[] = [];
  for (const o of corpus.profiles) {
    const all = rankEnterprises(plain.get(o.type, o.id)!, kept, plain, { today: TODAY, language: 'en' });
    for (const [offset, limit] of PAGES) {
      const options = { today: TODAY, language: 'en' as const, offset, limit, cache: cache && { pages: cache, key: `${index.revision} ${JSON.stringify(filter)}` } };
      const page = indexed
        ? outreachPage(o, index, filter, corpus, options)
        : topEnterprises(
            o,
            index.candidatesFor(o).filter((e) => keepsFirm(filter, e)),
            corpus,
            options,
          );
      if (page.total !== all.length) out.push(`${o.id} total ${page.total} ≠ ${all.length}`);
      const got = JSON.stringify(page.items.map((m) => [m.id, m.score, m.reasons]));
      if (got !== JSON.stringify(all.slice(offset, offset + limit).map((m) => [m.id, m.score, m.reasons]))) out.push(`${o.id} page ${offset}+${limit}`);
    }
  }
  return out;
}

describe('outreach ranking: bounds, then exact scores only where they decide', () => {
  it('the data is varied: many firms above the threshold, many below, text relevance left open (a word shared, no best known) for hundreds of pairs', () => {
    const corpus = freshCorpus();
    let above = 0;
    let below = 0;
    let open = 0;
    for (const o of corpus.profiles)
      for (const e of firms) {
        const range = corpus.keywordRange(e, o);
        if (range.low < range.high) open++;
      }
    for (const o of corpus.profiles)
      for (const e of firms) {
        const { score } = matchScore(e, o, ctxOf(corpus));
        if (score >= MATCH_WEIGHTS.threshold) above++;
        else if (score > 0) below++;
      }
    expect(above).toBeGreaterThan(500);
    expect(below).toBeGreaterThan(500);
    expect(open).toBeGreaterThan(300);
  });

  it('the text relevance lies within keywordRange, and the score within the bounds, for every pair', () => {
    const corpus = freshCorpus();
    // Bounds first, while no best is known; then the exact values.
    const outside: string[] = [];
    const bounds = corpus.profiles.map((o) => {
      const boundsOf = scoreBoundsFor(o, corpus, ctxOf(corpus));
      const ranges = corpus.keywordRangesFor(o);
      return firms.map((e) => {
        const range = corpus.keywordRange(e, o);
        // The per-opportunity ranges outreach reads are the same numbers, bit for bit.
        const per = ranges.of(e);
        if (per.low !== range.low || per.high !== range.high) outside.push(`${o.id}/${e.id} keywordRangesFor [${per.low}, ${per.high}] ≠ [${range.low}, ${range.high}]`);
        return { range, score: boundsOf(e) };
      });
    });
    corpus.profiles.forEach((o, i) =>
      firms.forEach((e, j) => {
        const { range, score } = bounds[i][j];
        const value = corpus.keywords(e, o, false).value;
        const exact = matchScore(e, o, ctxOf(corpus)).score;
        if (!(range.low <= value && value <= range.high)) outside.push(`${o.id}/${e.id} relevance ${value} ∉ [${range.low}, ${range.high}]`);
        if (!(score.low <= exact && exact <= score.high)) outside.push(`${o.id}/${e.id} score ${exact} ∉ [${score.low}, ${score.high}]`);
        if (score.exact && score.low !== exact) outside.push(`${o.id}/${e.id} exact ${score.low} ≠ ${exact}`);
      }),
    );
    expect(outside).toEqual([]);
  });

  it.each([
    ['per firm', false],
    ['from the firm index', true],
  ])('pages and totals equal scoring every firm and sorting (bounds %s): from a fresh corpus, a warm one, and through the cache', (_, indexed) => {
    expect(differences(freshCorpus(), undefined, indexed)).toEqual([]);
    const warm = freshCorpus();
    for (const o of warm.profiles) for (const e of firms.slice(0, 150)) warm.keywords(e, o);
    expect(differences(warm, undefined, indexed)).toEqual([]);
    const cache = new OutreachCache(8);
    const cached = freshCorpus();
    expect(differences(cached, cache, indexed)).toEqual([]);
    expect(cache.size).toBe(8);
  });

  it.each<[string, OutreachFilter]>([
    ['consenting firms', { consentingOnly: true }],
    ['10 to 400 employees', { consentingOnly: false, minEmployees: 10, maxEmployees: 400 }],
    ['Quanzhou or Xiamen, consenting', { consentingOnly: true, prefectures: ['quanzhou', 'xiamen'] }],
    ['a city as written', { consentingOnly: false, cityText: '門' }],
    ['one industry, at least 50 employees', { consentingOnly: true, minEmployees: 50, industry: 'tea' }],
  ])('with a filter (%s): pages and totals from the firm index equal scoring every firm kept and sorting, also through the cache', (_, filter) => {
    expect(differences(freshCorpus(), undefined, true, filter)).toEqual([]);
    expect(differences(freshCorpus(), new OutreachCache(8), true, filter)).toEqual([]);
    expect(differences(freshCorpus(), undefined, false, filter)).toEqual([]);
    // The filter changes the lists (the comparison is not between two unfiltered rankings).
    const o = freshCorpus().profiles.find((p) => rankEnterprises(p, firms, freshCorpus(), { today: TODAY, language: 'en' }).length > 20)!;
    const corpus = freshCorpus();
    const unfiltered = outreachPage(o, indexOf(firms), ANY_FIRM, corpus, { today: TODAY, language: 'en', offset: 0, limit: 1000 });
    const filtered = outreachPage(o, indexOf(firms), filter, corpus, { today: TODAY, language: 'en', offset: 0, limit: 1000 });
    expect(filtered.total).toBeLessThan(unfiltered.total);
    expect(filtered.items.every((m) => keepsFirm(filter, m.enterprise))).toBe(true);
  });

  it.each([
    ['per firm', false],
    ['from the firm index', true],
  ])('catches a broken bound (%s): an upper bound too low changes pages, a lower bound too high changes totals', (_, indexed) => {
    // Outreach reads the ranges per opportunity (`keywordRangesFor`), per firm or from a firm's BM25.
    const broken = (ranges: KeywordRanges, change: (range: { low: number; high: number }) => { low: number; high: number }): KeywordRanges => ({
      parts: ranges.parts,
      of: (e) => change(ranges.of(e)),
      fromScore: (e, score) => change(ranges.fromScore(e, score)),
    });
    class LowUpperBound extends OpportunityCorpus {
      override keywordRangesFor(o: OpportunityProfile) {
        return broken(super.keywordRangesFor(o), (range) => ({ low: range.low, high: range.low + (range.high - range.low) / 2 }));
      }
    }
    class HighLowerBound extends OpportunityCorpus {
      override keywordRangesFor(o: OpportunityProfile) {
        return broken(super.keywordRangesFor(o), (range) => ({ low: range.low === range.high ? range.low : range.high * (1 - 1e-9), high: range.high }));
      }
    }
    const low = differences(new LowUpperBound(profilesOf(items)), undefined, indexed);
    expect(low.some((d) => d.includes('page'))).toBe(true);
    const high = differences(new HighLowerBound(profilesOf(items)), undefined, indexed);
    expect(high.some((d) => d.includes('total'))).toBe(true);
  });

  it('the cache answers within its depth, forgets a ranking when the corpus changes, and keeps at most its capacity', () => {
    const corpus = freshCorpus();
    const index = indexOf(firms);
    const cache = new OutreachCache(2);
    const o = corpus.profiles[0];
    let lookups = 0;
    const counted = (): Iterable<MatchableEnterprise> => ({
      [Symbol.iterator]: () => {
        lookups++;
        return index.candidatesFor(o)[Symbol.iterator]();
      },
    });
    const page = (offset: number, limit: number) =>
      topEnterprises(o, counted(), corpus, { today: TODAY, language: 'en', offset, limit, cache: { pages: cache, key: String(index.revision) } });
    const first = page(0, 20);
    expect(page(5, 10)).toEqual({ total: first.total, items: first.items.slice(5, 15) });
    expect(lookups).toBe(1);
    page(10, 20);
    expect(lookups).toBe(2);
    corpus.remove(corpus.profiles[1].type, corpus.profiles[1].id);
    page(0, 5);
    expect(lookups).toBe(3);
    for (const p of corpus.profiles.slice(1, 4)) topEnterprises(p, index.candidatesFor(p), corpus, { today: TODAY, language: 'en', offset: 0, limit: 5, cache: { pages: cache, key: '' } });
    expect(cache.size).toBe(2);
  });
});
