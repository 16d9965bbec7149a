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
// draw · bound stays below 2^53, so exact in a double, while bound ≤ 2^21.
const MAX_MULTIPLY_BOUND = 2 ** 21;

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

  // nextInt keeps the rejection threshold of the last bound: bootstrap loops ask for one bound
  // millions of times, and the float remainder is the slowest step.
  let cachedBound = Number.NaN;
  let cachedThreshold = 0;

  return {
    nextUint32,
    next: () => nextUint32() / TWO_POW_32,
    nextInt(bound: number): number {
      if (bound !== cachedBound) {
        if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
          throw new RangeError(`nextInt: bound must be an integer from 1 to 2^32; got ${bound}.`);
        }
        cachedBound = bound;
        cachedThreshold = TWO_POW_32 % bound;
      }
      if (bound <= MAX_MULTIPLY_BOUND) {
        // Lemire's multiply-shift: the high word of draw·bound, rejecting the few draws whose low
        // word falls below 2^32 mod bound so every result is equally likely. Exact in doubles here.
        for (;;) {
          const product = nextUint32() * bound;
          const high = Math.floor(product / TWO_POW_32);
          if (product - high * TWO_POW_32 >= cachedThreshold) return high;
        }
      }
      // Larger bounds: reject the top partial block of 2^32, then take the remainder.
      const limit = TWO_POW_32 - cachedThreshold;
      let draw = nextUint32();
      while (draw >= limit) draw = nextUint32();
      return draw % bound;
    },
  };
}
