export declare class IniSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number);
}
type Section = Record<string, string>;
export declare function parseIni(text: string): Record<string, Section>;
