// A vending machine: insert coins, choose a product, get the product and change.
export class VendingError extends Error {}

export function createVendingMachine(prices: Record<string, number>, coins: Record<number, number>) {
  const stock = new Map<number, number>(
    Object.entries(coins).map(([value, count]) => [Number(value), count]),
  );
  let credit = 0;
  let inserted: number[] = [];

  /** Fewest coins summing to `amount` from the stock, or undefined; the stock is not touched. */
  function planChange(amount: number): number[] | undefined {
    const values = [...stock.keys()].sort((a, b) => b - a);
    const best: (number[] | undefined)[] = [[]];
    for (let total = 1; total <= amount; total++) {
      let choice: number[] | undefined;
      for (const value of values) {
        const rest = total >= value ? best[total - value] : undefined;
        if (!rest) continue;
        const used = rest.filter((coin) => coin === value).length;
        if (used >= (stock.get(value) ?? 0)) continue;
        if (!choice || rest.length + 1 < choice.length) choice = [...rest, value].sort((a, b) => b - a);
      }
      best[total] = choice;
    }
    return best[amount];
  }

  function takeFromStock(change: number[]): void {
    for (const coin of change) stock.set(coin, stock.get(coin)! - 1);
  }

  return {
    insert(coin: number): number {
      if (!stock.has(coin)) throw new VendingError(`coin ${coin} not accepted`);
      stock.set(coin, stock.get(coin)! + 1);
      inserted.push(coin);
      credit += coin;
      return credit;
    },
    choose(product: string): { product: string; change: number[] } {
      if (!Object.hasOwn(prices, product)) throw new VendingError(`unknown product ${product}`);
      const price = prices[product]!;
      if (credit < price) throw new VendingError(`insert ${price - credit} more`);
      const values = [...stock.keys()].sort((a, b) => b - a);
      let rest = credit - price;
      const greedy: number[] = [];
      for (const value of values) {
        let left = stock.get(value) ?? 0;
        while (rest >= value && left > 0) {
          greedy.push(value);
          left--;
          rest -= value;
        }
      }
      const change = rest === 0 ? greedy : undefined;
      if (!change) throw new VendingError("cannot give change; choose another product or cancel");
      takeFromStock(change);
      credit = 0;
      inserted = [];
      return { product, change };
    },
    cancel(): number[] {
      const refund = [...inserted].sort((a, b) => b - a);
      takeFromStock(refund);
      credit = 0;
      inserted = [];
      return refund;
    },
    get credit(): number {
      return credit;
    },
  };
}
