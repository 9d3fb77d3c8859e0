import { findConcepts } from '../dictionary/term-dictionary';
import { AnalysisCache } from './analysis-cache';
import { analyzeText } from './text-analyzer';
import { normalizeWithSourceMap } from './text-normalizer';

describe('AnalysisCache', () => {
  it('computes a key once while it is cached', () => {
    const cache = new AnalysisCache<string, number>(100);
    let calls = 0;
    const compute = () => ++calls;
    expect(cache.through('a', compute, () => 10)).toBe(1);
    expect(cache.through('a', compute, () => 10)).toBe(1);
    expect(calls).toBe(1);
  });

  it('stays within its cost, forgetting what was not used for a whole generation', () => {
    const cache = new AnalysisCache<string, string>(40); // generations of 20
    for (const key of ['a', 'b']) cache.through(key, () => key, () => 10);
    cache.through('c', () => 'c', () => 10); // the young generation (a, b) is full: it becomes the old one
    expect(cache.through('a', () => 'recomputed', () => 10)).toBe('a'); // a used again: back into the young one
    cache.through('d', () => 'd', () => 10); // young (c, a) full again: b, used in neither, goes
    expect(cache.cost).toBe(30);
    expect(cache.size).toBe(3);
    expect(cache.through('a', () => 'a again', () => 10)).toBe('a');
    expect(cache.through('c', () => 'c again', () => 10)).toBe('c');
    expect(cache.through('b', () => 'b again', () => 10)).toBe('b again');
    expect(cache.cost).toBeLessThanOrEqual(40);
  });

  it('never keeps a value costing more than a generation (half the cache)', () => {
    const cache = new AnalysisCache<string, string>(10);
    expect(cache.through('big', () => 'x', () => 6)).toBe('x');
    expect(cache.size).toBe(0);
    expect(cache.cost).toBe(0);
  });
});

describe('the cached analysis steps', () => {
  const text = '安溪鐵觀音茶葉，需要香港律師和資金池 cash pooling';

  it('hand out copies: a caller changing its array changes no later answer', () => {
    const first = findConcepts(text);
    const expected = [...first];
    first.length = 0;
    expect(findConcepts(text)).toEqual(expected);
    const tokens = analyzeText(text).tokens as unknown as unknown[];
    const expectedTokens = [...tokens];
    tokens.reverse();
    expect(analyzeText(text).tokens).toEqual(expectedTokens);
  });

  it('answer a filtered question from the same concepts as an unfiltered one', () => {
    const all = findConcepts(text);
    expect(findConcepts(text, { kinds: ['need'] })).toEqual(all.filter((m) => m.kind === 'need'));
    expect(findConcepts(text, { kinds: ['need'] }).length).toBeGreaterThan(0);
  });

  it('keep the tokens with and without characters apart', () => {
    const withChars = analyzeText(text).tokens;
    const withoutChars = analyzeText(text, { cjkChars: false }).tokens;
    expect(withChars.some((t) => t.kind === 'cjk-char')).toBe(true);
    expect(withoutChars.some((t) => t.kind === 'cjk-char')).toBe(false);
    expect(analyzeText(text).tokens).toEqual(withChars);
  });

  it('normalise a text once while it is cached', () => {
    expect(normalizeWithSourceMap(text)).toBe(normalizeWithSourceMap(text));
  });
});
