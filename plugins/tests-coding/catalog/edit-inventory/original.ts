// Stock per product with reservations for open checkouts.
export class StockError extends Error {}

export function createInventory() {
  const onHand = new Map<string, number>();
  const reserved = new Map<string, number>();
  return {
    receive(sku: string, quantity: number): void {
      onHand.set(sku, (onHand.get(sku) ?? 0) + quantity);
    },
    reserve(sku: string, quantity: number): void {
      if (this.available(sku) < quantity)
        throw new StockError(`only ${this.available(sku)} of ${sku} available`);
      reserved.set(sku, (reserved.get(sku) ?? 0) + quantity);
    },
    release(sku: string, quantity: number): void {
      reserved.set(sku, (reserved.get(sku) ?? 0) - quantity);
    },
    commit(sku: string, quantity: number): void {
      reserved.set(sku, (reserved.get(sku) ?? 0) - quantity);
      onHand.set(sku, (onHand.get(sku) ?? 0) - quantity);
    },
    available(sku: string): number {
      return (onHand.get(sku) ?? 0) - (reserved.get(sku) ?? 0);
    },
  };
}
