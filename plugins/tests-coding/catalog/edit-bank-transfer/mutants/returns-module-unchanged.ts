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

  function withdraw(id: string, cents: number): void {
    const balance = balanceOf(id);
    if (balance < cents) throw new InsufficientFundsError(`account ${id} has ${balance}`);
    balances.set(id, balance - cents);
  }

  function deposit(id: string, cents: number): void {
    balances.set(id, balanceOf(id) + cents);
  }

  return {
    open(id: string, cents = 0): void {
      balances.set(id, cents);
    },
    balance: balanceOf,
    deposit,
    withdraw,
    transfer(from: string, to: string, cents: number): void {
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
