export declare function chunk<T>(items: readonly T[], size: number): T[][];
