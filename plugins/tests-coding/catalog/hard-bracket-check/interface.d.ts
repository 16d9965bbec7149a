export type BracketProblem = "unexpected" | "unclosed" | "unterminated-string" | "unterminated-comment";

export declare function findBracketError(source: string): { index: number; reason: BracketProblem } | null;
