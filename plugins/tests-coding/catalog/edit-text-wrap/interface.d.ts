export declare function wrap(text: string, width: number): string[];
