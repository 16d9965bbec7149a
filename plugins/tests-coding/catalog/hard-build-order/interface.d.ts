export type Packages = Record<string, string[]>;

export declare function buildOrder(packages: Packages): string[];
export declare function dependentsOf(packages: Packages, name: string): string[];
