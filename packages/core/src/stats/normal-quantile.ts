// Quantiles of the standard normal distribution, for the z in Wilson intervals.

// Coefficients of Wichura's AS 241 (PPND16), highest power first, rounded to the nearest double.
const CENTRAL_NUMERATOR = [
  2509.0809287301227, 33430.57558358813, 67265.7709270087, 45921.95393154987, 13731.69376550946,
  1971.5909503065513, 133.14166789178438, 3.3871328727963665,
];
const CENTRAL_DENOMINATOR = [
  5226.495278852546, 28729.085735721943, 39307.89580009271, 21213.794301586597, 5394.196021424751,
  687.1870074920579, 42.31333070160091, 1,
];
const NEAR_TAIL_NUMERATOR = [
  0.0007745450142783414, 0.022723844989269184, 0.2417807251774506, 1.2704582524523684, 3.6478483247632045,
  5.769497221460691, 4.630337846156546, 1.4234371107496835,
];
const NEAR_TAIL_DENOMINATOR = [
  1.0507500716444169e-9, 0.0005475938084995345, 0.015198666563616457, 0.14810397642748008, 0.6897673349851,
  1.6763848301838038, 2.053191626637759, 1,
];
const FAR_TAIL_NUMERATOR = [
  2.0103343992922881e-7, 2.7115555687434876e-5, 0.0012426609473880784, 0.026532189526576124,
  0.29656057182850487, 1.7848265399172913, 5.463784911164114, 6.657904643501103,
];
const FAR_TAIL_DENOMINATOR = [
  2.0442631033899397e-15, 1.421511758316446e-7, 1.8463183175100548e-5, 0.0007868691311456133,
  0.014875361290850615, 0.1369298809227358, 0.599832206555888, 1,
];

function evaluatePolynomial(coefficients: readonly number[], x: number): number {
  let result = 0;
  for (const coefficient of coefficients) result = result * x + coefficient;
  return result;
}

/**
 * Returns z such that P(Z ≤ z) = p for a standard normal Z, using Wichura's algorithm AS 241
 * (PPND16, relative error about 1e-16), the method of R's `qnorm`. @internal
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    throw new RangeError(`normalQuantile: p must be between 0 and 1 exclusive; got ${p}.`);
  }
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * evaluatePolynomial(CENTRAL_NUMERATOR, r)) / evaluatePolynomial(CENTRAL_DENOMINATOR, r);
  }
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const value =
    r <= 5
      ? evaluatePolynomial(NEAR_TAIL_NUMERATOR, r - 1.6) / evaluatePolynomial(NEAR_TAIL_DENOMINATOR, r - 1.6)
      : evaluatePolynomial(FAR_TAIL_NUMERATOR, r - 5) / evaluatePolynomial(FAR_TAIL_DENOMINATOR, r - 5);
  return q < 0 ? -value : value;
}
