export declare function parseCsv(text: string): string[][];
export declare function stringifyCsv(rows: string[][]): string;
