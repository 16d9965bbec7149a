// Roman numerals for chapter headings.
const SYMBOLS: [string, number][] = [
  ["M", 1000],
  ["CM", 900],
  ["D", 500],
  ["CD", 400],
  ["C", 100],
  ["XC", 90],
  ["L", 50],
  ["XL", 40],
  ["X", 10],
  ["IX", 9],
  ["V", 5],
  ["IV", 4],
  ["I", 1],
];

export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 4000) {
    throw new RangeError(`only integers from 1 to 3999 have a Roman numeral, got ${value}`);
  }
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
  let index = 0;
  for (const [symbol, amount] of SYMBOLS) {
    while (text.startsWith(symbol, index)) {
      total += amount;
      index += symbol.length;
    }
  }
  if (index !== text.length || (total > 0 && total < 4000 && toRoman(total) !== text)) {
    throw new SyntaxError(`"${text}" is not a Roman numeral in canonical form`);
  }
  return total;
}
