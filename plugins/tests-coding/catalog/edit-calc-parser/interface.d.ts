export declare class ParseError extends Error {
  readonly position: number;
  constructor(message: string, position: number);
}
export declare function evaluate(input: string): number;
