const NUMERALS: [symbol: string, value: number][] = [
  ["M", 1000],
  ["D", 500],
  ["C", 100],
  ["L", 50],
  ["X", 10],
  ["V", 5],
  ["I", 1],
];

const CANONICAL = /^M{0,3}D?C{0,4}L?X{0,4}V?I{0,4}$/;

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999)
    throw new RangeError(`${n} is not an integer from 1 to 3999`);
  let rest = n;
  let out = "";
  for (const [symbol, value] of NUMERALS) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

export function fromRoman(text: string): number {
  if (text === "" || !CANONICAL.test(text))
    throw new SyntaxError(`"${text}" is not a canonical Roman numeral`);
  let total = 0;
  let i = 0;
  for (const [symbol, value] of NUMERALS) {
    while (text.startsWith(symbol, i)) {
      total += value;
      i += symbol.length;
    }
  }
  return total;
}
