export interface Bin {
  from: number;
  to: number;
  count: number;
}
export declare function histogram(values: readonly number[], bins: number): Bin[];
