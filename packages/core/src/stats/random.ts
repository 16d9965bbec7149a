// Seeded pseudo-random numbers (xoshiro128**, seeded through SplitMix64) so that resampling is
// reproducible: the same seed always gives the same sequence, on every platform.

/** A stateful source of pseudo-random numbers; each call advances the sequence. */
export interface Random {
  /** Returns the next unsigned 32-bit integer, uniform on `[0, 2^32)`. */
  nextUint32(): number;
  /** Returns the next float, uniform on `[0, 1)` with 32 bits of resolution. */
  next(): number;
  /** Returns the next integer, uniform (without modulo bias) on `[0, bound)`; `bound` is 1 to 2^32. */
  nextInt(bound: number): number;
}

const TWO_POW_32 = 2 ** 32;
const MASK_64 = (1n << 64n) - 1n;

function splitMix64(state: bigint): { state: bigint; output: bigint } {
  const next = (state + 0x9e3779b97f4a7c15n) & MASK_64;
  let z = next;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
  return { state: next, output: z ^ (z >> 31n) };
}

/**
 * Creates a seeded generator (xoshiro128** by Blackman and Vigna). The seed, any safe integer, is read
 * as a 64-bit two's-complement word and expanded to the 128-bit state with two SplitMix64 outputs
 * (low half first), as the algorithm's authors recommend; the outputs match their C reference.
 * @throws RangeError when `seed` is not a safe integer.
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`createRandom: seed must be a safe integer (for example 42); got ${seed}.`);
  }
  const first = splitMix64(BigInt.asUintN(64, BigInt(seed)));
  const second = splitMix64(first.state);
  let s0 = Number(first.output & 0xffffffffn);
  let s1 = Number(first.output >> 32n);
  let s2 = Number(second.output & 0xffffffffn);
  let s3 = Number(second.output >> 32n);

  const nextUint32 = (): number => {
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };

  return {
    nextUint32,
    next: () => nextUint32() / TWO_POW_32,
    nextInt(bound: number): number {
      if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
        throw new RangeError(`nextInt: bound must be an integer from 1 to 2^32; got ${bound}.`);
      }
      // Reject the top partial block of 2^32 so every residue is equally likely.
      const limit = TWO_POW_32 - (TWO_POW_32 % bound);
      let draw = nextUint32();
      while (draw >= limit) draw = nextUint32();
      return draw % bound;
    },
  };
}
