// In-memory accounts with deposits, withdrawals and transfers. Amounts are integer cents.
export class InsufficientFundsError extends Error {}
export class UnknownAccountError extends Error {}

export function createBank() {
  const balances = new Map<string, number>();

  function balanceOf(id: string): number {
    const balance = balances.get(id);
    if (balance === undefined) throw new UnknownAccountError(`no account ${id}`);
    return balance;
  }

  function checkAmount(cents: number): void {
    if (!Number.isInteger(cents) || cents <= 0) {
      throw new RangeError(`amount must be a positive integer of cents, got ${cents}`);
    }
  }

  function withdraw(id: string, cents: number): void {
    checkAmount(cents);
    const balance = balanceOf(id);
    if (balance < cents) throw new InsufficientFundsError(`account ${id} has ${balance}`);
    balances.set(id, balance - cents);
  }

  function deposit(id: string, cents: number): void {
    checkAmount(cents);
    balances.set(id, balanceOf(id) + cents);
  }

  return {
    open(id: string, cents = 0): void {
      if (balances.has(id)) throw new Error(`account ${id} already exists`);
      if (!Number.isInteger(cents) || cents < 0) {
        throw new RangeError(`opening balance must be a non-negative integer of cents, got ${cents}`);
      }
      balances.set(id, cents);
    },
    balance: balanceOf,
    deposit,
    withdraw,
    transfer(from: string, to: string, cents: number): void {
      checkAmount(cents);
      if (from === to) return;
      withdraw(from, cents);
      deposit(to, cents);
    },
    total(): number {
      let sum = 0;
      for (const balance of balances.values()) sum += balance;
      return sum;
    },
  };
}
