// Deterministic randomness: a string hash and a small seeded generator, so every modelled timing and
// every scripted choice is the same for the same seed and the same request.

/** FNV-1a 32-bit hash of the given parts joined by `|`. */
export function hashParts(...parts: ReadonlyArray<string | number>): number {
  let hash = 0x811c9dc5;
  const text = parts.join("|");
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A mulberry32 generator of floats in [0, 1) seeded by the hash of the given parts. */
export function createRandom(...parts: ReadonlyArray<string | number>): () => number {
  let state = hashParts(...parts);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic hex string of the given length derived from the parts. */
export function hexFrom(length: number, ...parts: ReadonlyArray<string | number>): string {
  const random = createRandom(...parts);
  let hex = "";
  while (hex.length < length) hex += Math.floor(random() * 16).toString(16);
  return hex;
}
