export type Token =
  | {
      type: "number";
      value: number;
      offset: number;
    }
  | {
      type: "name";
      value: string;
      offset: number;
    }
  | {
      type: "string";
      value: string;
      offset: number;
    }
  | {
      type: "op";
      value: string;
      offset: number;
    };
export declare class TokenizeError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number);
}
export declare function tokenize(source: string): Token[];
