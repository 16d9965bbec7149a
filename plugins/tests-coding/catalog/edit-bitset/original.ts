// A set of small non-negative integers stored as bits.
export class BitSet {
  private bits = 0;

  add(n: number): void {
    this.bits |= 1 << n;
  }

  has(n: number): boolean {
    return (this.bits & (1 << n)) !== 0;
  }

  delete(n: number): void {
    this.bits &= ~(1 << n);
  }

  get size(): number {
    let count = 0;
    for (let n = 0; n < 32; n++) if (this.has(n)) count++;
    return count;
  }
}
