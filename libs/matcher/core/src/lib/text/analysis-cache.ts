/**
 * A bounded memo for the pure steps of text analysis (normalisation, segmentation, concepts,
 * tokens). One firm's analysis asks the same questions several times: classification, product
 * terms, description terms and the search document each normalise, segment and look up the same
 * fields. Kept here, each answer is computed once while the firm is being analysed, and forgotten
 * a few hundred texts later.
 *
 * Bounded by cost (the caller's measure, e.g. the characters of the key), in two generations of at
 * most half of `maxCost` each: new answers go into the young one; when it is full it becomes the
 * old one and the previous old one is dropped whole; an answer asked for again from the old one
 * moves back into the young one. So what was used within the last half of the budget is kept,
 * and nothing is ever deleted one entry at a time: a strict LRU (delete and re-insert on every
 * hit, evict from the front) left a `Map` full of holes, rehashed again and again, and that cost
 * more than some of the answers it kept (about 6 % of a firm's analysis).
 *
 * Values must never be mutated by a caller (the functions that use it hand out copies where the
 * callers could).
 */
export class AnalysisCache<K, V> {
  private young = new Map<K, { value: V; cost: number }>();
  private old = new Map<K, { value: V; cost: number }>();
  private youngCost = 0;
  private oldCost = 0;
  private readonly generationCost: number;

  constructor(maxCost: number) {
    this.generationCost = maxCost / 2;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  get cost(): number {
    return this.youngCost + this.oldCost;
  }

  /** The cached value for `key`, else `compute()` cached at `costOf(value)` (never cached above half of maxCost). */
  through(key: K, compute: () => V, costOf: (value: V) => number): V {
    const young = this.young.get(key);
    if (young) return young.value;
    const old = this.old.get(key);
    if (old) {
      this.old.delete(key);
      this.oldCost -= old.cost;
      this.keep(key, old);
      return old.value;
    }
    const value = compute();
    const cost = Math.max(1, costOf(value));
    if (cost <= this.generationCost) this.keep(key, { value, cost });
    return value;
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
    this.youngCost = 0;
    this.oldCost = 0;
  }

  private keep(key: K, entry: { value: V; cost: number }): void {
    if (this.youngCost + entry.cost > this.generationCost) {
      this.old = this.young;
      this.oldCost = this.youngCost;
      this.young = new Map();
      this.youngCost = 0;
    }
    this.young.set(key, entry);
    this.youngCost += entry.cost;
  }
}
