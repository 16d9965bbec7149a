export declare class MissingKeyError extends Error {
  readonly key: string;
  constructor(key: string);
}
export declare function render(template: string, values: Record<string, unknown>): string;
