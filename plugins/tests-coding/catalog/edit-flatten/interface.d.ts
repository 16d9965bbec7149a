export declare function flatten(items: readonly unknown[], depth?: number): unknown[];
