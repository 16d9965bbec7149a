export declare function normalizePath(path: string): string;
export declare function joinPaths(...parts: string[]): string;
