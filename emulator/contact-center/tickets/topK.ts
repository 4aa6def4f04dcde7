/**
 * The first `k` items in `compare`'s order without sorting them all: a bounded heap keeps the
 * `k` best offered so far, its worst at the root, so a page of 20 out of a million matches
 * costs about a million comparisons against the root, not a million times log a million.
 */
export class TopK<T> {
  private readonly heap: T[] = [];

  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const { heap, k } = this;
    if (heap.length < k) {
      heap.push(item);
      this.up(heap.length - 1);
    } else if (k > 0 && this.compare(item, heap[0]) < 0) {
      heap[0] = item;
      this.down(0);
    }
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare);
  }

  /** Whether the item at `i` comes after the one at `j`: the root is the worst kept. */
  private worse(i: number, j: number): boolean {
    return this.compare(this.heap[i], this.heap[j]) > 0;
  }

  private swap(i: number, j: number): void {
    [this.heap[i], this.heap[j]] = [this.heap[j], this.heap[i]];
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
    for (;;) {
      const left = 2 * i + 1;
      let worst = i;
      if (left < this.heap.length && this.worse(left, worst)) worst = left;
      if (left + 1 < this.heap.length && this.worse(left + 1, worst)) worst = left + 1;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}

/** The first `k` items of a list in `compare`'s order, in that order. */
export function topK<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const best = new TopK(k, compare);
  for (const item of items) best.offer(item);
  return best.sorted();
}
