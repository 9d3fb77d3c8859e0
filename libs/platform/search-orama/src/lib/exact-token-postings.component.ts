/**
 * The postings of one exact-token field (`exact-token-index.component.ts`), in two parts:
 * - **packed**: the tokens as a snapshot held them, read-only, in typed arrays (compressed sparse
 *   rows: token ordinal -> a range of internal ids in one Uint32Array, occurrences per ordinal,
 *   counts only for the tokens some document holds more than once). A snapshot is written and
 *   read in this form, so a restore copies a few buffers instead of making an array per token,
 *   and an entry takes 4 bytes instead of 8 in a JavaScript array.
 * - **live**: a Map token -> arrays, for an index built by inserts and for every token changed since
 *   the snapshot: a packed token is moved here (copied) the first time an insert or remove touches it.
 * A token is in at most one part; both answer the same way (`postingsOf`).
 */
import { types } from 'node:util';

/** One token's postings: internal ids holding it (no order), their counts (null: all 1), occurrences. */
export interface Postings {
  ids: number[];
  counts: number[] | null;
  /** Occurrences over all documents (Orama's `tokenOccurrences`). */
  occurrences: number;
}

/** A read-only view of one token's postings, whichever part holds them. */
export interface PostingsView {
  ids: ArrayLike<number>;
  from: number;
  to: number;
  /** Counts, aligned with `ids[from..to)` at `countsFrom`; null: all 1. */
  counts: ArrayLike<number> | null;
  countsFrom: number;
  occurrences: number;
}

/** The packed part, as saved in a snapshot (typed arrays and one string: `v8.serialize` copies them as blocks). */
export interface PackedPostings {
  /** The tokens, in ordinal order, joined by single spaces (tokens are `[a-z0-9]+`). */
  tokens: string;
  /** Ordinal o's ids are `ids[starts[o] .. starts[o + 1])`. */
  starts: Uint32Array;
  ids: Uint32Array;
  occurrences: Uint32Array;
  /** Ordinal o's counts start at `countStarts[o]` in `counts`, or -1: all 1. */
  countStarts: Int32Array;
  counts: Uint32Array;
}

interface PackedIndex extends Omit<PackedPostings, 'tokens'> {
  /** token -> ordinal, for the packed tokens not moved to the live part since (the joined string is not kept) */
  ordinals: Map<string, number>;
}

export class FieldPostings {
  private readonly live = new Map<string, Postings>();
  private packed: PackedIndex | null = null;

  /** A field restored from its packed postings (checked: a malformed one throws). */
  static unpacked(packed: PackedPostings): FieldPostings {
    const tokens = packed.tokens === '' ? [] : packed.tokens.split(' ');
    const n = tokens.length;
    // `types` checks, not instanceof: what `v8.deserialize` makes may come from another realm (jest's vm).
    const unsigned = [packed.starts, packed.ids, packed.occurrences, packed.counts];
    if (typeof packed.tokens !== 'string' || !unsigned.every((array) => types.isUint32Array(array)) || !types.isInt32Array(packed.countStarts)) {
      throw new Error('packed postings are not typed arrays');
    }
    if (packed.starts.length !== n + 1 || packed.occurrences.length !== n || packed.countStarts.length !== n || packed.starts[n] !== packed.ids.length) {
      throw new Error(`packed postings of ${n} tokens have inconsistent lengths`);
    }
    const field = new FieldPostings();
    const ordinals = new Map<string, number>();
    for (let o = 0; o < n; o++) ordinals.set(tokens[o], o);
    if (ordinals.size !== n) throw new Error('packed postings repeat a token');
    // Copies: `v8.deserialize` gives views into the file's buffer, which would keep the whole file alive.
    const own = { starts: packed.starts.slice(), ids: packed.ids.slice(), occurrences: packed.occurrences.slice(), countStarts: packed.countStarts.slice(), counts: packed.counts.slice() };
    field.packed = { ...own, ordinals };
    return field;
  }

  /** Distinct tokens held. */
  get size(): number {
    return this.live.size + (this.packed?.ordinals.size ?? 0);
  }

  postingsOf(token: string): PostingsView | undefined {
    const live = this.live.get(token);
    if (live) return { ids: live.ids, from: 0, to: live.ids.length, counts: live.counts, countsFrom: 0, occurrences: live.occurrences };
    const packed = this.packed;
    const o = packed?.ordinals.get(token);
    if (packed === null || o === undefined) return undefined;
    const countsFrom = packed.countStarts[o];
    return {
      ids: packed.ids,
      from: packed.starts[o],
      to: packed.starts[o + 1],
      counts: countsFrom < 0 ? null : packed.counts,
      countsFrom,
      occurrences: packed.occurrences[o],
    };
  }

  /** The token's postings to change (moved from the packed part if it is there); undefined when no document holds it. */
  changing(token: string): Postings | undefined {
    const live = this.live.get(token);
    if (live) return live;
    const view = this.postingsOf(token);
    if (!view) return undefined;
    const ids = Array.from((view.ids as Uint32Array).subarray(view.from, view.to));
    const counts = view.counts ? Array.from((view.counts as Uint32Array).subarray(view.countsFrom, view.countsFrom + ids.length)) : null;
    const postings: Postings = { ids, counts, occurrences: view.occurrences };
    this.packed?.ordinals.delete(token);
    this.live.set(token, postings);
    return postings;
  }

  /** The token's postings to add to, made empty when no document holds it yet. */
  adding(token: string): Postings {
    const existing = this.changing(token);
    if (existing) return existing;
    const postings: Postings = { ids: [], counts: null, occurrences: 0 };
    this.live.set(token, postings);
    return postings;
  }

  delete(token: string): void {
    this.live.delete(token);
    this.packed?.ordinals.delete(token);
  }

  /** Every token's postings in packed form (both parts), for a snapshot. Synchronous. */
  pack(): PackedPostings {
    const tokens: string[] = [];
    const views: PostingsView[] = [];
    let entries = 0;
    let counted = 0;
    const collect = (token: string): void => {
      const view = this.postingsOf(token) as PostingsView;
      tokens.push(token);
      views.push(view);
      entries += view.to - view.from;
      if (view.counts) counted += view.to - view.from;
    };
    if (this.packed) for (const token of this.packed.ordinals.keys()) collect(token);
    for (const token of this.live.keys()) collect(token);
    const starts = new Uint32Array(tokens.length + 1);
    const ids = new Uint32Array(entries);
    const occurrences = new Uint32Array(tokens.length);
    const countStarts = new Int32Array(tokens.length).fill(-1);
    const counts = new Uint32Array(counted);
    let at = 0;
    let countAt = 0;
    views.forEach((view, o) => {
      starts[o] = at;
      occurrences[o] = view.occurrences;
      const length = view.to - view.from;
      for (let k = 0; k < length; k++) ids[at + k] = view.ids[view.from + k];
      if (view.counts) {
        countStarts[o] = countAt;
        for (let k = 0; k < length; k++) counts[countAt + k] = (view.counts as ArrayLike<number>)[view.countsFrom + k];
        countAt += length;
      }
      at += length;
    });
    starts[tokens.length] = at;
    return { tokens: tokens.join(' '), starts, ids, occurrences, countStarts, counts };
  }
}
