export declare function toRoman(n: number): string;
export declare function fromRoman(text: string): number;
