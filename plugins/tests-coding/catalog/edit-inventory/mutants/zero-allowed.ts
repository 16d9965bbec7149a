// Stock per product with reservations for open checkouts.
export class StockError extends Error {}

export function createInventory() {
  const onHand = new Map<string, number>();
  const reserved = new Map<string, number>();

  function checkQuantity(quantity: number): void {
    if (!Number.isInteger(quantity) || quantity < 0) {
      throw new RangeError(`quantity must be a positive integer, got ${quantity}`);
    }
  }

  function available(sku: string): number {
    return (onHand.get(sku) ?? 0) - (reserved.get(sku) ?? 0);
  }

  function takeReservation(sku: string, quantity: number): void {
    checkQuantity(quantity);
    const held = reserved.get(sku) ?? 0;
    if (quantity > held) throw new StockError(`only ${held} of ${sku} reserved, cannot take ${quantity}`);
    reserved.set(sku, held - quantity);
  }

  return {
    receive(sku: string, quantity: number): void {
      checkQuantity(quantity);
      onHand.set(sku, (onHand.get(sku) ?? 0) + quantity);
    },
    reserve(sku: string, quantity: number): void {
      checkQuantity(quantity);
      if (available(sku) < quantity) throw new StockError(`only ${available(sku)} of ${sku} available`);
      reserved.set(sku, (reserved.get(sku) ?? 0) + quantity);
    },
    release(sku: string, quantity: number): void {
      takeReservation(sku, quantity);
    },
    commit(sku: string, quantity: number): void {
      takeReservation(sku, quantity);
      onHand.set(sku, (onHand.get(sku) ?? 0) - quantity);
    },
    available,
    reservedOf(sku: string): number {
      return reserved.get(sku) ?? 0;
    },
  };
}
