import { mulberry32 } from '@fhk/shared/util';
import { addTo, addToList, removeFrom, removeFromList } from './counted-maps';

describe('addToList / removeFromList', () => {
  it('hold, key by key, the values a Set index holds, in the order it iterates them, under any adds and removals', () => {
    const rng = mulberry32(16);
    const sets = new Map<string, Set<number>>();
    const lists = new Map<string, number[]>();
    const indexed = new Set<number>();
    const keysOf = (v: number) => [`k${v % 3}`, `k${v % 5}`, `v${v}`];
    for (let step = 0; step < 2000; step++) {
      const v = Math.floor(rng() * 40);
      // Each value's keys added once while it is indexed, taken away once when it leaves (how the corpus calls them).
      if (indexed.has(v)) {
        for (const k of keysOf(v)) {
          removeFrom(sets, k, v);
          removeFromList(lists, k, v);
        }
        indexed.delete(v);
      } else {
        for (const k of keysOf(v)) {
          addTo(sets, k, v);
          addToList(lists, k, v);
        }
        indexed.add(v);
      }
      expect([...lists.keys()].sort()).toEqual([...sets.keys()].sort());
      for (const [k, set] of sets) expect(lists.get(k)).toEqual([...set]);
    }
    expect(indexed.size).toBeGreaterThan(0);
  });

  it('ignores taking away what is not there, and adding the value just added again', () => {
    const lists = new Map<string, string[]>();
    removeFromList(lists, 'a', 'x');
    addToList(lists, 'a', 'x');
    addToList(lists, 'a', 'x');
    removeFromList(lists, 'a', 'y');
    expect(lists.get('a')).toEqual(['x']);
    removeFromList(lists, 'a', 'x');
    expect(lists.has('a')).toBe(false);
  });
});
