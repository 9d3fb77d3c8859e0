import { collapseJudgments, collapseRanking, mean, ndcgAt, precisionAt } from './relevance-metrics';

describe('relevance metrics', () => {
  const judgments = { a: 3, b: 2, c: 1 };

  it('gives nDCG 1 to the ideal order and less to any other', () => {
    expect(ndcgAt(10, ['a', 'b', 'c'], judgments)).toBeCloseTo(1, 10);
    expect(ndcgAt(10, ['c', 'b', 'a'], judgments)).toBeLessThan(1);
    expect(ndcgAt(10, ['x', 'y'], judgments)).toBe(0);
    expect(ndcgAt(10, ['a'], {})).toBe(0);
  });

  it('computes nDCG with exponential gains and log discounts', () => {
    // DCG(b, a) = 3/log2(2) + 7/log2(3); IDCG = 7 + 3/log2(3) + 1/log2(4)
    const expected = (3 + 7 / Math.log2(3)) / (7 + 3 / Math.log2(3) + 0.5);
    expect(ndcgAt(10, ['b', 'a'], judgments)).toBeCloseTo(expected, 10);
  });

  it('counts grade ≥ 2 as relevant for precision, over k even when fewer results come back', () => {
    expect(precisionAt(5, ['a', 'c', 'b'], judgments)).toBeCloseTo(2 / 5, 10);
    expect(mean([])).toBe(0);
  });
});

describe('per-opportunity metrics', () => {
  const groupOf = (key: string) => (key === 'programme:p' ? 'measure:m' : key);

  it('grades a group by its best member and wastes the slot of a repeat', () => {
    expect(collapseJudgments({ 'measure:m': 2, 'programme:p': 3, 'event:e': 1 }, groupOf)).toEqual({ 'measure:m': 3, 'event:e': 1 });
    const ranking = collapseRanking(['programme:p', 'measure:m', 'event:e'], groupOf);
    expect(ranking[0]).toBe('measure:m');
    expect(ranking[1]).not.toBe('measure:m');
    expect(ranking[2]).toBe('event:e');
  });
});
