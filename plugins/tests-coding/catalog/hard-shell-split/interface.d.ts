export declare function splitArgs(line: string): string[];
