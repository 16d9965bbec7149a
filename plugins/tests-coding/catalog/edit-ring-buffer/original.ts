// A fixed-size FIFO buffer for the last N log lines.
export function createRingBuffer<T>(capacity: number) {
  const slots: (T | undefined)[] = new Array(capacity);
  let start = 0;
  let length = 0;
  return {
    push(value: T): boolean {
      if (length === capacity) return false;
      slots[(start + length) % capacity] = value;
      length++;
      return true;
    },
    shift(): T | undefined {
      if (length === 0) return undefined;
      const value = slots[start];
      slots[start] = undefined;
      start = (start + 1) % capacity;
      length--;
      return value;
    },
    toArray(): T[] {
      return slots.slice(start, start + length) as T[];
    },
    get size(): number {
      return length;
    },
  };
}
