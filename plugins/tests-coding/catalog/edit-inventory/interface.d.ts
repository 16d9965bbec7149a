export declare class StockError extends Error {}
export declare function createInventory(): {
  receive(sku: string, quantity: number): void;
  reserve(sku: string, quantity: number): void;
  release(sku: string, quantity: number): void;
  commit(sku: string, quantity: number): void;
  available: (sku: string) => number;
  reservedOf(sku: string): number;
};
