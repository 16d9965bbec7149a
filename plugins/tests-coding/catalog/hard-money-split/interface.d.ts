export declare function splitAmount(totalCents: number, weights: number[]): number[];
