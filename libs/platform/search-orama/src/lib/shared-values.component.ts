/**
 * Equal small values held once by the Orama adapter, for the documents it keeps and the records it
 * gives Orama. Most documents repeat the same few arrays (`[]`, `['xiamen']`, the `f_` keys
 * `['enterprise']`, `['false']`) and objects of equal strings (a firm's title is its name three
 * times); each JSON-normalised copy or `v8.deserialize`d document held its own. Arrays of scalars
 * are shared by content through a bounded table; within an object field, equal strings become one.
 * Shared values are never changed in place: hits hand out copies (`structuredClone`), Orama only
 * reads its records, and an upsert replaces a whole document.
 */
import { SearchDocument } from '@fhk/platform/search';

/** Distinct arrays held for sharing; beyond it a new array is kept as it is (still correct, just not shared). */
export const MAX_SHARED_ARRAYS = 8192;
/** Only arrays up to this length are shared (filter values and keys are short lists). */
const MAX_SHARED_LENGTH = 16;

type Scalar = string | number | boolean | null;

const isScalar = (value: unknown): value is Scalar => value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

export class SharedValues {
  private readonly arrays = new Map<string, readonly unknown[]>();
  /** The held arrays themselves: a document restored from a snapshot already refers to them (`v8.serialize` keeps shared references). */
  private readonly held = new Set<readonly unknown[]>();
  private readonly empty: unknown[] = [];

  /** Held arrays (tests and diagnostics). */
  get size(): number {
    return this.arrays.size;
  }

  /** The held array equal to `array` (same scalars, same order, same types), else `array`, held from now on if there is room. */
  array<T>(array: T[]): T[] {
    if (array.length === 0) return this.empty as T[];
    if (this.held.has(array) || array.length > MAX_SHARED_LENGTH || !array.every(isScalar)) return array;
    const key = JSON.stringify(array);
    const held = this.arrays.get(key);
    if (held) return held as T[];
    if (this.arrays.size < MAX_SHARED_ARRAYS) {
      this.arrays.set(key, array);
      this.held.add(array);
    }
    return array;
  }

  /** The document with its arrays of scalars shared and equal strings within each object field made one (in place; the same key order). */
  document<D extends SearchDocument>(document: D): D {
    const target = document as Record<string, unknown>;
    for (const field in target) {
      const value = target[field];
      if (Array.isArray(value)) target[field] = this.array(value);
      else if (value !== null && typeof value === 'object') sameStringsOnce(value as Record<string, unknown>);
    }
    return document;
  }
}

/** Equal string values of one flat object become the same string (a title in three languages that are one name). */
function sameStringsOnce(object: Record<string, unknown>): void {
  const seen: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (typeof value !== 'string') continue;
    const first = seen.find((candidate) => candidate === value);
    if (first === undefined) seen.push(value);
    else object[key] = first;
  }
}
