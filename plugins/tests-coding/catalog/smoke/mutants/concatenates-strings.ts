export function add(a: number, b: number): number {
  return Number(`${a}${b}`);
}
