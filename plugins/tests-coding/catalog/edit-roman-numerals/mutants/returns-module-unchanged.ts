// Roman numerals for chapter headings.
const SYMBOLS: [string, number][] = [
  ["M", 1000],
  ["D", 500],
  ["C", 100],
  ["L", 50],
  ["X", 10],
  ["V", 5],
  ["I", 1],
];

export function toRoman(value: number): string {
  let rest = value;
  let out = "";
  for (const [symbol, amount] of SYMBOLS) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

export function fromRoman(text: string): number {
  let total = 0;
  for (const char of text) {
    const entry = SYMBOLS.find(([symbol]) => symbol === char);
    total += entry ? entry[1] : 0;
  }
  return total;
}
