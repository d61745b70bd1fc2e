/**
 * The one seeded pseudo-random generator of the project: mulberry32 (Tommy Ettinger, public
 * domain), a 32-bit state PRNG. Used where a reproducible stream is needed (sampled calibration
 * prompts, synthetic layers, test inputs); never for anything secret.
 */

/**
 * mulberry32 seeded with `seed` (taken as an unsigned 32-bit integer).
 * @returns a function returning the next value, uniform in [0, 1); the same seed gives the same
 *   stream.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
