/**
 * Read-only sets and maps of string keys as plain arrays, for the analyses the matcher keeps by the
 * ten thousand (issue 14, memory). A `Set` or `Map` costs its hash table: a power-of-two capacity
 * of two to three slots an entry (8 bytes a slot: Node's V8 has no pointer compression), a few
 * dozen bytes even when empty. Here an entry is one slot of an array (its string), its value (as
 * one UTF-16 code unit of a string when every value is a small count, else a slot), and, above
 * `LINEAR` entries, its place in the order by key as one code unit of a string (two above 65,535
 * entries).
 *
 * Same entries in the same order as the `Set` / `Map` they are made from (insertion order, first
 * occurrence kept): every reader iterates them as before, sums in the same order, the same bits.
 * `has` and `get` are a scan up to `LINEAR` entries, else a binary search over the order by key
 * (code-unit order, `<`). Plain data (arrays and strings in fields), so `v8.serialize` keeps them as
 * plain objects and `revive` makes them again after `v8.deserialize` (snapshots).
 */

/** Up to this many entries a lookup scans; above it, it searches the order by key. */
const LINEAR = 8;
/** Largest value a code unit holds (positions and counts packed in strings). */
const UNIT = 0xffff;

/** `units` as a string of code units, in chunks (`fromCharCode` takes its arguments on the stack). */
function packed(units: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...Array.prototype.slice.call(units, i, i + 4096));
  return out;
}

/**
 * Positions of `keys` in code-unit order of the keys (they are distinct), one code unit a position
 * (two, high then low, above UNIT keys); empty for short lists (scanned).
 */
function orderOf(keys: readonly string[]): string {
  if (keys.length <= LINEAR) return '';
  const order = Array.from(keys.keys());
  order.sort((a, b) => (keys[a] < keys[b] ? -1 : 1));
  return keys.length <= UNIT ? packed(order) : packed(order.flatMap((at) => [at >>> 16, at & UNIT]));
}

/** Where `key` is in `keys` (-1: absent). */
function positionOf(keys: readonly string[], order: string, key: string): number {
  const n = keys.length;
  if (n <= LINEAR) {
    for (let i = 0; i < n; i++) if (keys[i] === key) return i;
    return -1;
  }
  const wide = n > UNIT;
  let low = 0;
  let high = n - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = wide ? order.charCodeAt(2 * middle) * 0x10000 + order.charCodeAt(2 * middle + 1) : order.charCodeAt(middle);
    const k = keys[at];
    if (k === key) return at;
    if (k < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** What `v8.deserialize` gives back of a `CompactSet` (its fields, without the class). */
interface SavedSet<T extends string> {
  readonly items: readonly T[];
  readonly order: string;
}

/** What `v8.deserialize` gives back of a `CompactMap`. */
interface SavedMap<K extends string, V> {
  readonly items: readonly K[];
  readonly entryValues: readonly V[] | string;
  readonly order: string;
}

const same = <S extends string>(s: S): S => s;

/** A read-only set of strings in one array (see the file's comment). */
export class CompactSet<T extends string = string> implements ReadonlySet<T> {
  private constructor(
    /** The values, in insertion order. */
    readonly items: readonly T[],
    /** Positions of `items` by value, packed (`orderOf`; empty up to `LINEAR` items). */
    readonly order: string,
  ) {}

  /** The distinct values of `values`, each at its first occurrence; `share` maps each (e.g. to an interned copy). */
  static of<T extends string>(values: Iterable<T>, share: (s: T) => T = same): CompactSet<T> {
    const seen = new Set<T>();
    for (const v of values) seen.add(share(v));
    const items = Array.from(seen);
    return new CompactSet(items, orderOf(items));
  }

  /**
   * What `v8.deserialize` gave back in place of a `CompactSet` (its fields as plain data), as a set
   * again, its strings through `share`; throws on anything else (a `Set` of an older format).
   */
  static revive<T extends string>(restored: ReadonlySet<T>, share: (s: T) => T = same): CompactSet<T> {
    const saved = restored as unknown as SavedSet<T>;
    if (!Array.isArray(saved.items) || typeof saved.order !== 'string') throw new Error('not a saved CompactSet');
    return new CompactSet(saved.items.map(share), saved.order);
  }

  get size(): number {
    return this.items.length;
  }

  has(value: T): boolean {
    return positionOf(this.items, this.order, value) >= 0;
  }

  forEach(visit: (value: T, again: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    for (const v of this.items) visit.call(thisArg, v, v, this);
  }

  values(): SetIterator<T> {
    return this.items.values();
  }

  keys(): SetIterator<T> {
    return this.items.values();
  }

  *entries(): SetIterator<[T, T]> {
    for (const v of this.items) yield [v, v];
  }

  [Symbol.iterator](): SetIterator<T> {
    return this.items.values();
  }
}

/** A read-only map from strings in two arrays (see the file's comment). */
export class CompactMap<K extends string, V> implements ReadonlyMap<K, V> {
  private constructor(
    /** The keys, in insertion order. */
    readonly items: readonly K[],
    /** The value of each key, in the same order: a string of code units when every value is an integer from 0 to UNIT. */
    readonly entryValues: readonly V[] | string,
    /** Positions of `items` by key, packed (`orderOf`; empty up to `LINEAR` keys). */
    readonly order: string,
  ) {}

  /** The entries of `map` in its order; `share` maps each key. */
  static of<K extends string, V>(map: ReadonlyMap<K, V>, share: (s: K) => K = same): CompactMap<K, V> {
    const items = Array.from(map.keys(), share);
    const values = Array.from(map.values());
    const counts = values.every((v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= UNIT && !Object.is(v, -0));
    return new CompactMap(items, counts && values.length > 0 ? packed(values as number[]) : values, orderOf(items));
  }

  /** What `v8.deserialize` gave back in place of a `CompactMap`, as a map again (its keys through `share`); throws on anything else. */
  static revive<K extends string, V>(restored: ReadonlyMap<K, V>, share: (s: K) => K = same): CompactMap<K, V> {
    const saved = restored as unknown as SavedMap<K, V>;
    const values = saved.entryValues;
    if (!Array.isArray(saved.items) || (!Array.isArray(values) && typeof values !== 'string') || values.length !== saved.items.length || typeof saved.order !== 'string')
      throw new Error('not a saved CompactMap');
    return new CompactMap(saved.items.map(share), values, saved.order);
  }

  get size(): number {
    return this.items.length;
  }

  has(key: K): boolean {
    return positionOf(this.items, this.order, key) >= 0;
  }

  get(key: K): V | undefined {
    const at = positionOf(this.items, this.order, key);
    return at < 0 ? undefined : this.valueAt(at);
  }

  forEach(visit: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.items.length; i++) visit.call(thisArg, this.valueAt(i), this.items[i], this);
  }

  keys(): MapIterator<K> {
    return this.items.values();
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.items.length; i++) yield this.valueAt(i);
  }

  *entries(): MapIterator<[K, V]> {
    for (let i = 0; i < this.items.length; i++) yield [this.items[i], this.valueAt(i)];
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  private valueAt(at: number): V {
    const values = this.entryValues;
    return (typeof values === 'string' ? values.charCodeAt(at) : values[at]) as V;
  }
}
