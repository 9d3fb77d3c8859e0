/**
 * The exact-token index against Orama's default index on the same operations: every search must
 * give the same ids with the same scores (to the bit), after inserts, removes and re-inserts.
 * Mutations this catches: a term frequency per distinct token instead of per occurrence count,
 * occurrences counted per document instead of per occurrence, another average-length formula or a
 * stale average after remove, postings left behind after remove, a filter ignored, a token of the
 * query not required, summing fields in another order.
 */
import { deserialize, serialize } from 'node:v8';
import { create, insert, load, remove, save, search, AnyOrama, RawData, Tokenizer } from '@orama/orama';
import { exactTokenIndex } from './exact-token-index.component';

const tokenizer = (): Tokenizer => ({
  language: 'english',
  normalizationCache: new Map<string, string>(),
  tokenize: (raw: string) => String(raw).split(/\s+/).filter(Boolean),
});

const schema = { s_title: 'string', s_terms: 'string', f_city: 'enum[]' } as const;

/** A small seeded generator (mulberry32): the same documents and queries every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = Array.from({ length: 40 }, (_, i) => `w${i}`);
const CITIES = ['fuzhou', 'xiamen', 'quanzhou'];

function documentAt(rng: () => number, id: string): Record<string, unknown> {
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rng() ** 2 * WORDS.length)]).join(' ');
  const record: Record<string, unknown> = { id, s_title: words(1 + Math.floor(rng() * 3)), s_terms: words(Math.floor(rng() * 25)) };
  if (rng() < 0.7) record.f_city = [CITIES[Math.floor(rng() * CITIES.length)]];
  return record;
}

function hits(db: AnyOrama, term: string, where?: Record<string, { containsAny: string[] }>): Array<[string, number]> {
  const result = search(db, { term, properties: ['s_title', 's_terms'], exact: false, tolerance: 0, limit: 10_000, ...(where ? { where } : {}) });
  if (result instanceof Promise) throw new Error('asynchronous search');
  return result.hits.map((hit) => [hit.id, hit.score] as [string, number]).sort(([a], [b]) => (a < b ? -1 : 1));
}

describe('exactTokenIndex', () => {
  it('gives the ids and BM25 scores of Orama\'s default index, exact single tokens, after inserts and removes', () => {
    const plain = create({ schema, components: { tokenizer: tokenizer() }, sort: { enabled: false } });
    const lean = create({ schema, components: { tokenizer: tokenizer(), index: exactTokenIndex() }, sort: { enabled: false } });
    const rng = random(14);
    const live = new Set<string>();
    let compared = 0;
    for (let step = 0; step < 600; step++) {
      const id = `d${Math.floor(rng() * 250)}`;
      if (live.has(id) && rng() < 0.5) {
        remove(plain, id);
        remove(lean, id);
        live.delete(id);
      } else {
        if (live.has(id)) {
          remove(plain, id);
          remove(lean, id);
        }
        const document = documentAt(rng, id);
        insert(plain, document);
        insert(lean, { ...document });
        live.add(id);
      }
      if (step % 25 === 0) {
        for (const word of WORDS.slice(0, 12)) {
          const where = { f_city: { containsAny: [CITIES[step % CITIES.length]] } };
          // exact: true on the default index (its radix tree would match prefixes otherwise).
          const expected = search(plain, { term: word, properties: ['s_title', 's_terms'], exact: true, tolerance: 0, limit: 10_000 });
          const expectedFiltered = search(plain, { term: word, properties: ['s_title', 's_terms'], exact: true, tolerance: 0, limit: 10_000, where });
          const sorted = (result: typeof expected) =>
            (result as Exclude<typeof expected, Promise<unknown>>).hits.map((hit) => [hit.id, hit.score] as [string, number]).sort(([a], [b]) => (a < b ? -1 : 1));
          expect(hits(lean, word)).toEqual(sorted(expected));
          expect(hits(lean, word, where)).toEqual(sorted(expectedFiltered));
          compared += sorted(expected).length;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('matches exact tokens only (no prefix) and requires every token of a multi-token term', () => {
    const lean = create({ schema, components: { tokenizer: tokenizer(), index: exactTokenIndex() }, sort: { enabled: false } });
    insert(lean, { id: 'a', s_title: 'tea', s_terms: 'fair xiamen' });
    insert(lean, { id: 'b', s_title: 'teapot', s_terms: 'fair' });
    expect(hits(lean, 'tea').map(([id]) => id)).toEqual(['a']);
    expect(hits(lean, 'tea fair').map(([id]) => id)).toEqual(['a']);
    expect(hits(lean, 'fair').map(([id]) => id)).toEqual(['a', 'b']);
    expect(hits(lean, 'te')).toEqual([]);
  });

  it('saves and loads through Orama (v8 structured clone): the loaded index answers and changes as the original', () => {
    const make = () => create({ schema, components: { tokenizer: tokenizer(), index: exactTokenIndex() }, sort: { enabled: false } });
    const original = make();
    const rng = random(7);
    for (let i = 0; i < 120; i++) insert(original, documentAt(rng, `d${i}`));
    for (let i = 0; i < 120; i += 9) remove(original, `d${i}`);
    const loaded = make();
    load(loaded, deserialize(serialize(save(original))) as RawData);
    const where = { f_city: { containsAny: ['xiamen'] } };
    for (const word of WORDS.slice(0, 15)) {
      expect(hits(loaded, word)).toEqual(hits(original, word));
      expect(hits(loaded, word, where)).toEqual(hits(original, word, where));
    }
    // The same changes on both afterwards: ids, scores and averages stay equal.
    for (const db of [original, loaded]) {
      remove(db, 'd1');
      insert(db, { id: 'd1', s_title: 'w0 w0', s_terms: 'w3' });
      insert(db, { id: 'new', s_title: 'w0', s_terms: '' });
    }
    for (const word of ['w0', 'w3', 'w5']) expect(hits(loaded, word)).toEqual(hits(original, word));
    expect(hits(loaded, 'w0').length).toBeGreaterThan(2);
    // Removes touch packed tokens (copied to arrays on the first change), counts included; a second save packs both parts.
    for (const db of [original, loaded]) for (let i = 2; i < 60; i += 4) remove(db, `d${i}`);
    const reloaded = make();
    load(reloaded, deserialize(serialize(save(loaded))) as RawData);
    for (const word of WORDS.slice(0, 15)) {
      expect(hits(loaded, word)).toEqual(hits(original, word));
      expect(hits(reloaded, word, where)).toEqual(hits(original, word, where));
    }
  });

  it('refuses a saved index without its exact-token fields', () => {
    const saved = save(create({ schema, components: { tokenizer: tokenizer(), index: exactTokenIndex() }, sort: { enabled: false } }));
    const { exactFields: _dropped, ...withoutExactFields } = saved.index as Record<string, unknown>;
    const target = create({ schema, components: { tokenizer: tokenizer(), index: exactTokenIndex() }, sort: { enabled: false } });
    expect(() => load(target, { ...saved, index: withoutExactFields })).toThrow(/no exact-token fields/);
  });
});
