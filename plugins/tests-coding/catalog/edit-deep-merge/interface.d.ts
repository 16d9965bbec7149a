type Plain = Record<string, unknown>;
export declare function deepMerge(target: Plain, ...sources: Plain[]): Plain;
