export declare function globMatch(pattern: string, path: string): boolean;
