export function splitAmount(totalCents: number, weights: number[]): number[] {
  if (!Number.isInteger(totalCents)) throw new RangeError(`totalCents must be an integer, got ${totalCents}`);
  if (weights.length === 0) throw new RangeError("weights must not be empty");
  for (const weight of weights) {
    if (!Number.isFinite(weight) || weight < 0)
      throw new RangeError(`weights must be finite and not negative, got ${weight}`);
  }
  const sum = weights.reduce((total, weight) => total + weight, 0);
  if (!(sum > 0)) throw new RangeError("at least one weight must be positive");
  const amount = Math.abs(totalCents);
  const exact = weights.map((weight) => (amount * weight) / sum);
  const shares = exact.map((value) => Math.floor(value));
  let missing = amount - shares.reduce((total, share) => total + share, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    shares[index] = (shares[index] as number) + 1;
    missing -= 1;
  }
  return totalCents < 0 ? shares.map((share) => (share === 0 ? 0 : -share)) : shares;
}
