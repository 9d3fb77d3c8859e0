import { deserialize, serialize } from 'node:v8';
import { CompactMap, CompactSet } from './compact-collections';

/** `n` deterministic words in scrambled order (some CJK, some prefixes of others), every seventh followed by a repeat of an earlier one. */
function words(n: number, seed: number): string[] {
  const parts = ['tea', '茶', 'ceramic', '陶瓷', 'shoe', '鞋', 'bond', 'a', 'ab', 'abc', 'z'];
  const word = (i: number): string => `${parts[i % parts.length]}${(Math.imul(i + seed, 2654435761) >>> 0) % 1_000_000_007}`;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(word(i));
    if (i % 7 === 6) out.push(word(i >> 1));
  }
  return out;
}

/** Keys that are absent from `present` (checked), to probe misses around each key. */
const probes = (present: readonly string[]): string[] => [...present.map((w) => `${w}~`), '', '0', '\uffff', ...present.map((w) => w.slice(0, -1))];

describe('CompactSet', () => {
  it.each([0, 1, 8, 9, 40, 1_000, 90_000])('has the same members in the same order as a Set (%i values)', (n) => {
    const values = words(n, n + 7);
    const expected = new Set(values);
    const compact = CompactSet.of(values);
    expect(compact.size).toBe(expected.size);
    if (n === 90_000) expect(compact.size).toBeGreaterThan(0xffff);
    expect([...compact]).toEqual([...expected]);
    for (const v of expected) expect(compact.has(v)).toBe(true);
    for (const p of probes([...expected].slice(0, 200))) expect(compact.has(p)).toBe(expected.has(p));
  });

  it('comes back from v8.serialize through revive, and revive refuses a plain Set', () => {
    const compact = CompactSet.of(words(50, 3));
    const revived = CompactSet.revive(deserialize(serialize(compact)));
    expect([...revived]).toEqual([...compact]);
    for (const v of compact) expect(revived.has(v)).toBe(true);
    expect(() => CompactSet.revive(new Set(['a']))).toThrow('not a saved CompactSet');
  });
});

describe('CompactMap', () => {
  const counted = (keys: string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };

  it.each([0, 3, 8, 9, 500, 90_000])('gets the same counts in the same order as a Map (%i keys)', (n) => {
    const expected = counted(words(n, n + 11));
    const compact = CompactMap.of(expected);
    expect(compact.size).toBe(expected.size);
    expect([...compact.entries()]).toEqual([...expected.entries()]);
    for (const [k, v] of expected) expect(compact.get(k)).toBe(v);
    for (const p of probes([...expected.keys()].slice(0, 200))) expect(compact.get(p)).toBe(expected.get(p));
  });

  it.each([
    ['fractions', 0.5],
    ['negative zero', -0],
    ['a count above one code unit', 70_000],
    ['a negative count', -1],
  ])('keeps values that are not small counts exactly (%s)', (_name, odd) => {
    const expected = new Map<string, number>([...counted(words(20, 5)).entries(), ['odd', odd]]);
    const compact = CompactMap.of(expected);
    expect(Object.is(compact.get('odd'), odd)).toBe(true);
    expect([...compact.values()]).toEqual([...expected.values()]);
  });

  it('comes back from v8.serialize through revive, and revive refuses a plain Map', () => {
    const compact = CompactMap.of(counted(words(30, 9)));
    const revived = CompactMap.revive(deserialize(serialize(compact)));
    expect([...revived.entries()]).toEqual([...compact.entries()]);
    expect(() => CompactMap.revive(new Map([['a', 1]]))).toThrow('not a saved CompactMap');
  });
});
