export interface Fraction {
  num: number;
  den: number;
}

export declare function parseFraction(text: string): Fraction;
export declare function addFractions(a: Fraction, b: Fraction): Fraction;
export declare function multiplyFractions(a: Fraction, b: Fraction): Fraction;
export declare function formatFraction(f: Fraction): string;
