export declare function permutationRank(items: string[]): number;
export declare function permutationAt(items: string[], rank: number): string[];
