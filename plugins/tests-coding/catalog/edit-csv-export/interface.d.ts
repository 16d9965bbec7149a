export declare function toCsv(header: readonly string[], rows: readonly unknown[][]): string;
