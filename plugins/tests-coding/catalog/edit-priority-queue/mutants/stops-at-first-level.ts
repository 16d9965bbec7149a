// A min-priority queue on a binary heap; lower priority values come out first.
export class PriorityQueue<T> {
  private heap: { item: T; priority: number }[] = [];

  push(item: T, priority: number): void {
    this.heap.push({ item, priority });
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = Math.floor((i - 1) / 2);
      if (this.heap[parent]!.priority <= this.heap[i]!.priority) break;
      [this.heap[parent], this.heap[i]] = [this.heap[i]!, this.heap[parent]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    if (this.heap.length === 0) return undefined;
    const top = this.heap[0]!;
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      const i = 0;
      while (true) {
        const left = 2 * i + 1;
        const right = left + 1;
        if (left >= this.heap.length) break;
        const child =
          right < this.heap.length && this.heap[right]!.priority < this.heap[left]!.priority ? right : left;
        if (this.heap[child]!.priority >= this.heap[i]!.priority) break;
        [this.heap[child], this.heap[i]] = [this.heap[i]!, this.heap[child]!];
        break;
      }
    }
    return top.item;
  }

  get size(): number {
    return this.heap.length;
  }
}
