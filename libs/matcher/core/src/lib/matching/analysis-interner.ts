/**
 * Shares the equal parts of analyses kept for long (the firm index holds 10^5 of them): one copy
 * of each distinct string, term, evidence, city resolution, concept list, instead of one per firm.
 * Firms write the same words ("tea", 鐵觀音, 廈門), are classified into the same few hundred concepts
 * from the same phrases, and a firm restored from a snapshot (`v8.deserialize`) shares nothing with
 * any other. Values are canonicalised bottom-up: a plain object or array is replaced by the first
 * one seen with the same keys and the same (canonical) values, so an interned analysis is deep-equal
 * to the one given (`analysis-interner.spec.ts`); shared parts must never be mutated (analyses are
 * read-only, `readonly` throughout their types).
 *
 * Bounded: the tables are dropped whole once they hold `maxEntries` distinct values (what was shared
 * stays shared; later analyses share among themselves again), so the memory it adds is at most its
 * tables' and never grows with the number of firms.
 */
export class AnalysisInterner {
  private strings = new Map<string, string>();
  private values = new Map<string, object>();
  /** Canonical object → its id in keys (ids never repeat, so a key made before the tables were dropped matches nothing after). */
  private ids = new WeakMap<object, number>();
  private nextId = 1;

  constructor(private readonly maxEntries = 1 << 18) {}

  /** Distinct strings and values held now. */
  get size(): number {
    return this.strings.size + this.values.size;
  }

  /** `value` with every string, array and plain object replaced by its shared equal (deep-equal to `value`). */
  intern<T>(value: T): T {
    return this.canonical(value) as T;
  }

  /** The shared copy of `s`. */
  string(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.room();
    // A fresh flat copy: a slice of a longer text (V8 slices strings of 13 units and more) would keep that whole text alive.
    const flat = s.length > 12 ? (JSON.parse(JSON.stringify(s)) as string) : s;
    this.strings.set(flat, flat);
    return flat;
  }

  private canonical(value: unknown): unknown {
    if (typeof value === 'string') return this.string(value);
    if (value === null || typeof value !== 'object') return value;
    if (this.ids.has(value)) return value;
    const proto = Object.getPrototypeOf(value);
    let key: string;
    let copy: object;
    if (Array.isArray(value)) {
      const items = value.map((v) => this.canonical(v));
      key = `[${items.map((v) => this.keyOf(v)).join(',')}`;
      // The array given when its items are already the shared ones (it is never changed here: it may be a cache's).
      copy = items.every((v, k) => v === value[k]) ? value : items;
    } else if (proto === null || Object.getPrototypeOf(proto) === null) {
      // A plain object, of this realm or another (`v8.deserialize` makes them in the main one).
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      const values = keys.map((k) => this.canonical(record[k]));
      key = `{${keys.map((k, n) => `${JSON.stringify(k)}:${this.keyOf(values[n])}`).join(',')}`;
      const same = values.every((v, n) => v === record[keys[n]]);
      // A copy by spread keeps the property order and the object's layout.
      copy = same ? record : Object.assign({ ...record }, Object.fromEntries(keys.map((k, n) => [k, values[n]])));
    } else return value; // Maps, Sets, typed arrays, class instances: kept as they are.
    const known = this.values.get(key);
    if (known) return known;
    this.room();
    this.values.set(key, copy);
    this.ids.set(copy, this.nextId++);
    return copy;
  }

  /** A canonical value's part of its owner's key: objects by id, strings quoted, the rest typed. */
  private keyOf(v: unknown): string {
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'number') return Object.is(v, -0) ? 'n-0' : `n${v}`;
    if (v !== null && typeof v === 'object') {
      const id = this.ids.get(v);
      // An object that could not be canonicalised (a Map, a class instance) is never shared by key.
      return id === undefined ? `#${this.nextId++}` : `@${id}`;
    }
    return String(v);
  }

  private room(): void {
    if (this.strings.size + this.values.size < this.maxEntries) return;
    this.strings = new Map();
    this.values = new Map();
    this.ids = new WeakMap();
  }
}
