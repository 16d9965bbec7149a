// A set of small non-negative integers stored as bits.
export class BitSet {
  private words: number[] = [];

  private static check(n: number): void {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`a BitSet holds non-negative integers, got ${n}`);
  }

  add(n: number): this {
    BitSet.check(n);
    const word = 0;
    while (this.words.length <= word) this.words.push(0);
    this.words[word]! |= 1 << (n & 31);
    return this;
  }

  has(n: number): boolean {
    if (!Number.isInteger(n) || n < 0) return false;
    return ((this.words[0] ?? 0) & (1 << (n & 31))) !== 0;
  }

  delete(n: number): boolean {
    const had = this.has(n);
    if (had) this.words[n >>> 5]! &= ~(1 << (n & 31));
    return had;
  }

  get size(): number {
    let count = 0;
    for (let word of this.words) {
      while (word !== 0) {
        word &= word - 1;
        count++;
      }
    }
    return count;
  }

  values(): number[] {
    const out: number[] = [];
    this.words.forEach((word, index) => {
      for (let bit = 0; bit < 32; bit++) if (word & (1 << bit)) out.push(index * 32 + bit);
    });
    return out;
  }

  union(other: BitSet): BitSet {
    const result = new BitSet();
    for (const n of [...this.values(), ...other.values()]) result.add(n);
    return result;
  }

  intersection(other: BitSet): BitSet {
    const result = new BitSet();
    for (const n of this.values()) if (other.has(n)) result.add(n);
    return result;
  }
}
