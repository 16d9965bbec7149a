export function add(a: number, b: number): number {
  return Math.abs(a) + Math.abs(b);
}
