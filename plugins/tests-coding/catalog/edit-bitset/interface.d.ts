export declare class BitSet {
  add(n: number): this;
  has(n: number): boolean;
  delete(n: number): boolean;
  get size(): number;
  values(): number[];
  union(other: BitSet): BitSet;
  intersection(other: BitSet): BitSet;
}
