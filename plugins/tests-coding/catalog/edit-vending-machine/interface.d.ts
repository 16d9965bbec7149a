export declare class VendingError extends Error {}
export declare function createVendingMachine(
  prices: Record<string, number>,
  coins: Record<number, number>,
): {
  insert(coin: number): number;
  choose(product: string): {
    product: string;
    change: number[];
  };
  cancel(): number[];
  readonly credit: number;
};
