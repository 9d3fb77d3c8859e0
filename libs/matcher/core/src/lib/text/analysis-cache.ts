/**
 * A bounded memo for the pure steps of text analysis (normalisation, segmentation, concepts,
 * tokens). One firm's analysis asks the same questions several times: classification, product
 * terms, description terms and the search document each normalise, segment and look up the same
 * fields. Kept here, each answer is computed once while the firm is being analysed, and forgotten
 * a few hundred texts later.
 *
 * Bounded by cost (the caller's measure, e.g. the characters of the key): the least recently
 * used entries go first once the total passes `maxCost`. Values must never be mutated by a caller
 * (the functions that use it hand out copies where the callers could).
 */
export class AnalysisCache<K, V> {
  private readonly entries = new Map<K, { value: V; cost: number }>();
  private total = 0;

  constructor(private readonly maxCost: number) {}

  get size(): number {
    return this.entries.size;
  }

  get cost(): number {
    return this.total;
  }

  /** The cached value for `key`, else `compute()` cached at `costOf(value)` (never cached above maxCost). */
  through(key: K, compute: () => V, costOf: (value: V) => number): V {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    const cost = Math.max(1, costOf(value));
    if (cost > this.maxCost) return value;
    this.entries.set(key, { value, cost });
    this.total += cost;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxCost) break;
      this.entries.delete(oldest);
      this.total -= entry.cost;
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}
