// Converts temperatures between units.
export type Unit = "C" | "F" | "K" | "R";

function toCelsius(value: number, from: Unit): number {
  if (from === "C") return value;
  if (from === "F") return ((value - 32) * 5) / 9;
  if (from === "R") return ((value - 491.67) * 5) / 9;
  return value - 273.15;
}

function fromCelsius(value: number, to: Unit): number {
  if (to === "C") return value;
  if (to === "F") return (value * 9) / 5 + 32;
  if (to === "R") return ((value + 273.15) * 9) / 5;
  return value + 273.15;
}

export function convert(value: number, from: Unit, to: Unit): number {
  if (!Number.isFinite(value)) throw new RangeError(`temperature must be a finite number, got ${value}`);
  const celsius = toCelsius(value, from);
  return fromCelsius(celsius, to);
}
