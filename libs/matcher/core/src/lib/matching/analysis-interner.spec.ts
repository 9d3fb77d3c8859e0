import { deserialize, serialize } from 'node:v8';
import { mulberry32 } from '@fhk/shared/util';
import { AnalysisInterner } from './analysis-interner';
import { compactMatchable } from './enterprise-index';
import { firm } from './generated-matching.fixtures';
import { toMatchableEnterprise } from './matchable-enterprise';

/** Generated firms' analyses as `toMatchableEnterprise` makes them, and through `compactMatchable` (which interns them). */
const rng = mulberry32(1414);
const plainOf = (i: number) => {
  const m = firm(rng, i);
  return toMatchableEnterprise({ ...m.profile, id: m.id ?? undefined, outreachConsent: m.outreachConsent });
};
const plain = Array.from({ length: 300 }, (_, i) => plainOf(i));

describe('AnalysisInterner', () => {
  it('gives every generated analysis back deep-equal, the classification tokens aside', () => {
    for (const m of plain) {
      const compact = compactMatchable(m);
      expect(compact).toEqual({ ...m, classification: { ...m.classification, tokens: [] } });
      // Same order of keys and of items (what serialisation and iteration see).
      expect(JSON.stringify(compact)).toBe(JSON.stringify({ ...m, classification: { ...m.classification, tokens: [] } }));
    }
  });

  it('shares equal parts between firms, and restored analyses (which share nothing) with the others', () => {
    const interner = new AnalysisInterner();
    const a = interner.intern({ industries: [{ code: 'tea', weight: 1, evidence: [{ field: 'industry', matched: '茶葉', start: 0, end: 2 }] }], serves: [] });
    const copy = deserialize(serialize(a)) as typeof a;
    const b = interner.intern(copy);
    expect(b).toBe(a);
    const c = interner.intern({ industries: [{ code: 'tea', weight: 1, evidence: [{ field: 'industry', matched: '茶葉', start: 0, end: 3 }] }], serves: [] });
    expect(c).not.toBe(a);
    expect(c.industries[0].evidence[0].end).toBe(3);
    // The evidence differs; the empty list is the same one.
    expect(c.serves).toBe(a.serves);
  });

  it('keeps values apart that only look alike: numbers and strings, -0 and 0, null and undefined, key order', () => {
    const interner = new AnalysisInterner();
    const values: unknown[] = [{ x: 1 }, { x: '1' }, { x: -0 }, { x: 0 }, { x: null }, { x: undefined }, {}, { x: 1, y: 2 }, { y: 2, x: 1 }, [1, 2], [2, 1], ['1,2'], [[1], 2], [[1, 2]]];
    const interned = values.map((v) => interner.intern(v));
    for (let i = 0; i < values.length; i++) {
      expect(Object.is((interned[i] as { x?: unknown }).x, (values[i] as { x?: unknown }).x)).toBe(true);
      expect(JSON.stringify(interned[i])).toBe(JSON.stringify(values[i]));
      for (let j = 0; j < i; j++) expect(interned[i]).not.toBe(interned[j]);
    }
  });

  it('never changes what it is given (analyses share parts with the analysis cache)', () => {
    const interner = new AnalysisInterner();
    const first = { terms: [{ token: 'tea', surface: 'Tea', weight: 1 }] };
    interner.intern(first);
    const second = { terms: [{ token: 'tea', surface: 'Tea', weight: 1 }] };
    const before = second.terms[0];
    const out = interner.intern(second);
    expect(out).toBe(first);
    expect(second.terms[0]).toBe(before);
  });

  it('holds at most its bound, and shares again after dropping its tables', () => {
    const interner = new AnalysisInterner(50);
    for (let i = 0; i < 500; i++) {
      interner.intern({ token: `w${i}`, surface: `W${i}`, weight: i });
      expect(interner.size).toBeLessThanOrEqual(50);
    }
    const x = interner.intern({ token: 'again', weight: 1 });
    expect(interner.intern({ token: 'again', weight: 1 })).toBe(x);
    expect(interner.intern({ token: 'again', weight: 1 })).toEqual({ token: 'again', weight: 1 });
  });

  it('keeps Maps, Sets, typed arrays and class instances as they are', () => {
    const interner = new AnalysisInterner();
    const map = new Map([['a', 1]]);
    const typed = Int32Array.of(1, 2);
    class Point {
      constructor(readonly x: number) {}
    }
    const point = new Point(1);
    const out = interner.intern({ map, typed, point });
    expect(out.map).toBe(map);
    expect(out.typed).toBe(typed);
    expect(out.point).toBe(point);
    // Objects holding them are never taken for one another.
    expect(interner.intern({ map: new Map([['a', 1]]), typed, point })).not.toBe(out);
  });
});
