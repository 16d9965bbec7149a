// Small dense matrix helpers for the layout engine.
export class ShapeError extends Error {}

function columnsOf(m: number[][], name: string): number {
  const columns = m[0]?.length ?? 0;
  if (m.some((row) => row.length !== columns)) throw new ShapeError(`${name} has rows of different lengths`);
  return columns;
}

export function transpose(m: number[][]): number[][] {
  const columns = columnsOf(m, "the matrix");
  return Array.from({ length: columns }, (_, j) => m.map((row) => row[j]!));
}

export function multiply(a: number[][], b: number[][]): number[][] {
  const inner = columnsOf(a, "a");
  const columns = columnsOf(b, "b");
  if (inner !== b.length)
    throw new ShapeError(`cannot multiply ${a.length}×${inner} by ${b.length}×${columns}`);
  return a.map((row) =>
    Array.from({ length: columns }, (_, j) => row.reduce((sum, value, k) => sum + value * b[k]![j]!, 0)),
  );
}
