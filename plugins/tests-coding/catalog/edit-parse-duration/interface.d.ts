export declare function parseDuration(text: string): number;
