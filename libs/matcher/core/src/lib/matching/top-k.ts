/**
 * The k best of a stream under a total order, in O(n log k) time and O(k) memory: a binary heap
 * whose root is the worst kept item. `before(a, b) < 0` when a ranks before b; the order must be
 * total (ties broken, e.g. by id) for the result to equal a sort of the whole stream. With
 * `k = Infinity` everything is kept and `sorted()` is a stable sort in arrival order.
 */
export class TopK<T> {
  private readonly heap: T[] = [];
  /** How many items were offered (the total a page is taken from). */
  count = 0;

  constructor(
    private readonly k: number,
    private readonly before: (a: T, b: T) => number,
  ) {}

  push(item: T): void {
    this.count++;
    if (this.k <= 0) return;
    const heap = this.heap;
    if (this.k === Infinity) heap.push(item);
    else if (heap.length < this.k) {
      heap.push(item);
      this.up(heap.length - 1);
    } else if (this.before(item, heap[0]) < 0) {
      heap[0] = item;
      this.down(0);
    }
  }

  /** The worst kept item once k are kept (an item must rank before it to get in), else undefined. */
  get worst(): T | undefined {
    return this.heap.length >= this.k && this.k > 0 ? this.heap[0] : undefined;
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort(this.before);
  }

  /** Heap order: a parent ranks after its children (the worst kept item is the root). */
  private worse(i: number, j: number): boolean {
    return this.before(this.heap[i], this.heap[j]) > 0;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.heap.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < n && this.worse(left, worst)) worst = left;
      if (right < n && this.worse(right, worst)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(i: number, j: number): void {
    const t = this.heap[i];
    this.heap[i] = this.heap[j];
    this.heap[j] = t;
  }
}
