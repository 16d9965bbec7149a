// A stack that reports its smallest element in O(1).
export class MinStack {
  private readonly items: number[] = [];
  private readonly mins: number[] = [];

  push(value: number): void {
    this.items.push(value);
    const min = this.mins[this.mins.length - 1];
    if (min === undefined || value < min) this.mins.push(value);
  }

  pop(): number | undefined {
    const value = this.items.pop();
    if (value === this.mins[this.mins.length - 1]) this.mins.pop();
    return value;
  }

  peek(): number | undefined {
    return this.items[this.items.length - 1];
  }

  min(): number | undefined {
    return this.mins[this.mins.length - 1];
  }

  get size(): number {
    return this.items.length;
  }
}
