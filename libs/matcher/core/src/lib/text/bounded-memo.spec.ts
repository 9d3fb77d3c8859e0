import { boundedMemo } from './bounded-memo';

describe('boundedMemo', () => {
  it('computes a key once while it is remembered', () => {
    const calls: string[] = [];
    const upper = boundedMemo((key) => (calls.push(key), key.toUpperCase()), 10);
    expect(upper('tea')).toBe('TEA');
    expect(upper('tea')).toBe('TEA');
    expect(calls).toEqual(['tea']);
  });

  it('holds at most max answers, forgetting them all when full', () => {
    const calls: string[] = [];
    const length = boundedMemo((key) => (calls.push(key), key.length), 2);
    length('a');
    length('bb');
    length('ccc'); // full: a and bb are forgotten
    length('bb');
    length('ccc');
    expect(calls).toEqual(['a', 'bb', 'ccc', 'bb']);
  });
});
