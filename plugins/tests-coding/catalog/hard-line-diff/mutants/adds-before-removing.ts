export interface DiffEntry {
  op: " " | "-" | "+";
  line: string;
}

export function diffLines(a: string[], b: string[]): DiffEntry[] {
  // lcs[i][j]: length of a longest common subsequence of a.slice(i) and b.slice(j).
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] =
        a[i] === b[j]
          ? (lcs[i + 1] as number[])[j + 1]! + 1
          : Math.max((lcs[i + 1] as number[])[j]!, row[j + 1]!);
    }
  }
  const out: DiffEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: " ", line: a[i] as string });
      i += 1;
      j += 1;
    } else if ((lcs[i + 1] as number[])[j]! > (lcs[i] as number[])[j + 1]!) {
      out.push({ op: "-", line: a[i] as string });
      i += 1;
    } else {
      out.push({ op: "+", line: b[j] as string });
      j += 1;
    }
  }
  for (; i < a.length; i++) out.push({ op: "-", line: a[i] as string });
  for (; j < b.length; j++) out.push({ op: "+", line: b[j] as string });
  return out;
}

export function applyDiff(a: string[], diff: DiffEntry[]): string[] {
  const out: string[] = [];
  let i = 0;
  diff.forEach((entry, index) => {
    if (entry.op === "+") {
      out.push(entry.line);
      return;
    }
    if (i >= a.length || a[i] !== entry.line) {
      throw new Error(
        `diff entry ${index} ("${entry.op}${entry.line}") does not match line ${i + 1} of the original`,
      );
    }
    if (entry.op === " ") out.push(entry.line);
    i += 1;
  });
  if (i !== a.length)
    throw new Error(`the diff leaves ${a.length - i} line(s) of the original unaccounted for`);
  return out;
}
