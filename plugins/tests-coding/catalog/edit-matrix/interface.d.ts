export declare class ShapeError extends Error {}
export declare function transpose(m: number[][]): number[][];
export declare function multiply(a: number[][], b: number[][]): number[][];
