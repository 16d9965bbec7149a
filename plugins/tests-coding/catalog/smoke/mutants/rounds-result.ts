export function add(a: number, b: number): number {
  return Math.round(a + b);
}
