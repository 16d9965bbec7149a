// A vending machine: insert coins, choose a product, get the product and change.
export class VendingError extends Error {}

export function createVendingMachine(prices: Record<string, number>, coins: Record<number, number>) {
  const stock = new Map<number, number>(
    Object.entries(coins).map(([value, count]) => [Number(value), count]),
  );
  let credit = 0;

  function makeChange(amount: number): number[] {
    const change: number[] = [];
    for (const value of [...stock.keys()].sort((a, b) => b - a)) {
      while (amount >= value && (stock.get(value) ?? 0) > 0) {
        change.push(value);
        stock.set(value, stock.get(value)! - 1);
        amount -= value;
      }
    }
    return change;
  }

  return {
    insert(coin: number): number {
      if (!stock.has(coin)) throw new VendingError(`coin ${coin} not accepted`);
      stock.set(coin, stock.get(coin)! + 1);
      credit += coin;
      return credit;
    },
    choose(product: string): { product: string; change: number[] } {
      const price = prices[product];
      if (price === undefined) throw new VendingError(`unknown product ${product}`);
      if (credit < price) throw new VendingError(`insert ${price - credit} more`);
      const change = makeChange(credit - price);
      credit = 0;
      return { product, change };
    },
    cancel(): number[] {
      const refund = makeChange(credit);
      return refund;
    },
    get credit(): number {
      return credit;
    },
  };
}
