// Small dense matrix helpers for the layout engine.
export class ShapeError extends Error {}

export function transpose(m: number[][]): number[][] {
  return m.map((row, i) => row.map((_, j) => m[j]![i]!));
}

export function multiply(a: number[][], b: number[][]): number[][] {
  return a.map((row) => row.map((_, j) => row.reduce((sum, value, k) => sum + value * b[k]![j]!, 0)));
}
