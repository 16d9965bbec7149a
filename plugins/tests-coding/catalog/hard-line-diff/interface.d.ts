export interface DiffEntry {
  op: " " | "-" | "+";
  line: string;
}

export declare function diffLines(a: string[], b: string[]): DiffEntry[];
export declare function applyDiff(a: string[], diff: DiffEntry[]): string[];
