export interface CoinCount {
  coin: number;
  count: number;
}

export declare function makeChange(amount: number, inventory: CoinCount[]): CoinCount[] | null;
