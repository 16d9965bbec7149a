// Converts temperatures between units.
export type Unit = "C" | "F" | "K";

function toCelsius(value: number, from: Unit): number {
  if (from === "C") return value;
  if (from === "F") return ((value - 32) * 5) / 9;
  return value + 273.15;
}

function fromCelsius(value: number, to: Unit): number {
  if (to === "C") return value;
  if (to === "F") return (value * 9) / 5 + 32;
  return value - 273.15;
}

export function convert(value: number, from: Unit, to: Unit): number {
  return fromCelsius(toCelsius(value, from), to);
}
