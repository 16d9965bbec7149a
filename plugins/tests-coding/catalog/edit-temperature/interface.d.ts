export type Unit = "C" | "F" | "K" | "R";
export declare function convert(value: number, from: Unit, to: Unit): number;
