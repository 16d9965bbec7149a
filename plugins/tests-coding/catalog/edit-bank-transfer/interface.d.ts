export declare class InsufficientFundsError extends Error {}
export declare class UnknownAccountError extends Error {}
export declare function createBank(): {
  open(id: string, cents?: number): void;
  balance: (id: string) => number;
  deposit: (id: string, cents: number) => void;
  withdraw: (id: string, cents: number) => void;
  transfer(from: string, to: string, cents: number): void;
  total(): number;
};
