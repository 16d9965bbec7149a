export declare function satisfies(version: string, range: string): boolean;
