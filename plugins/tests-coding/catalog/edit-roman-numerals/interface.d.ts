export declare function toRoman(value: number): string;
export declare function fromRoman(text: string): number;
