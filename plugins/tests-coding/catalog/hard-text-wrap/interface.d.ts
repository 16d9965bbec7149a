export declare function wrapText(text: string, width: number): string[];
