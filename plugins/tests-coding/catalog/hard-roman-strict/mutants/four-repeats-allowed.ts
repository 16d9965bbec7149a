const NUMERALS: [symbol: string, value: number][] = [
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

const CANONICAL = /^M{0,4}(CM|CD|D?C{0,4})(XC|XL|L?X{0,4})(IX|IV|V?I{0,4})$/;

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
