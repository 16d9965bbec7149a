export declare function shortestLadder(start: string, end: string, words: string[]): string[] | null;
