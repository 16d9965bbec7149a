// A fixed-size FIFO buffer for the last N log lines.
export function createRingBuffer<T>(capacity: number, options: { overwrite?: boolean } = {}) {
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  }
  const slots: (T | undefined)[] = new Array(capacity);
  let start = 0;
  let length = 0;
  return {
    push(value: T): boolean {
      if (length === capacity) {
        if (options.overwrite === false) return false;
        slots[start] = value;
        start = (start + 1) % capacity;
        return true;
      }
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
      const out: T[] = [];
      for (let i = 0; i < length; i++) out.push(slots[(start + i) % capacity] as T);
      return out;
    },
    get size(): number {
      return length;
    },
  };
}
