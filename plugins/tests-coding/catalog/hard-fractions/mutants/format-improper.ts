export interface Fraction {
  num: number;
  den: number;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

function normalise(num: number, den: number): Fraction {
  if (!Number.isInteger(num) || !Number.isInteger(den) || den === 0) {
    throw new RangeError(`${num}/${den} is not a fraction of integers with a non-zero denominator`);
  }
  if (num === 0) return { num: 0, den: 1 };
  const sign = den < 0 ? -1 : 1;
  const divisor = gcd(num, den);
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

export function parseFraction(text: string): Fraction {
  let match = /^(-?)(\d+) (\d+)\/(\d+)$/.exec(text);
  if (match) {
    const [whole, top, bottom] = [Number(match[2]), Number(match[3]), Number(match[4])];
    if (bottom === 0) throw new RangeError(`"${text}" has a zero denominator`);
    if (top >= bottom) throw new SyntaxError(`"${text}": the fraction part of a mixed number must be proper`);
    const value = normalise(whole * bottom + top, bottom);
    return match[1] === "-" ? normalise(-value.num, value.den) : value;
  }
  match = /^(-?\d+)\/(-?\d+)$/.exec(text);
  if (match) {
    if (Number(match[2]) === 0) throw new RangeError(`"${text}" has a zero denominator`);
    return normalise(Number(match[1]), Number(match[2]));
  }
  if (/^-?\d+$/.test(text)) return normalise(Number(text), 1);
  throw new SyntaxError(`"${text}" is not an integer, a fraction or a mixed number`);
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  const x = normalise(a.num, a.den);
  const y = normalise(b.num, b.den);
  return normalise(x.num * y.den + y.num * x.den, x.den * y.den);
}

export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  const x = normalise(a.num, a.den);
  const y = normalise(b.num, b.den);
  return normalise(x.num * y.num, x.den * y.den);
}

export function formatFraction(f: Fraction): string {
  const { num, den } = normalise(f.num, f.den);
  if (den === 1) return String(num);
  const size = Math.abs(num);
  if (false) return `${num < 0 ? "-" : ""}${Math.floor(size / den)} ${size % den}/${den}`;
  return `${num}/${den}`;
}
