/** Shared values: equal small arrays held once, by content and type, within a bound; equal strings of an object field made one. */
import { MAX_SHARED_ARRAYS, SharedValues } from './shared-values.component';

describe('SharedValues', () => {
  it('hands back the held array for equal content, and tells types and order apart', () => {
    const shared = new SharedValues();
    const first = shared.array(['xiamen']);
    expect(shared.array(['xiamen'])).toBe(first);
    expect(shared.array([])).toBe(shared.array([]));
    expect(shared.array([1])).not.toBe(shared.array(['1']));
    expect(shared.array(['a', 'b'])).not.toBe(shared.array(['b', 'a']));
    expect(shared.array([true])).toEqual([true]);
  });

  it('keeps long arrays and arrays of objects as they are, unheld', () => {
    const shared = new SharedValues();
    const long = Array.from({ length: 40 }, (_, i) => i);
    expect(shared.array([...long])).not.toBe(shared.array([...long]));
    const objects = [{ a: 1 }];
    expect(shared.array(objects)).toBe(objects);
    expect(shared.size).toBe(0);
  });

  it('holds at most MAX_SHARED_ARRAYS arrays; past it, new arrays are kept as given', () => {
    const shared = new SharedValues();
    for (let i = 0; i < MAX_SHARED_ARRAYS + 50; i++) shared.array([`v${i}`]);
    expect(shared.size).toBe(MAX_SHARED_ARRAYS);
    const late = [`v${MAX_SHARED_ARRAYS + 10}`];
    expect(shared.array(late)).toBe(late);
    expect(shared.array(['v0'])).not.toBe(late);
  });

  it('shares a document\'s arrays across documents and leaves its values equal, in the same key order', () => {
    const shared = new SharedValues();
    const make = (id: string) => ({ id, cities: ['xiamen'], needs: [], title: { 'zh-Hant': `n${id}`, en: `n${id}` }, sample: false });
    const a = shared.document(make('a'));
    const b = shared.document(make('b'));
    expect(b.cities).toBe(a.cities);
    expect(b.needs).toBe(a.needs);
    expect(a).toEqual(make('a'));
    expect(Object.keys(a)).toEqual(Object.keys(make('a')));
    expect(JSON.stringify(b)).toBe(JSON.stringify(make('b')));
  });
});
