/** mulberry32: a small, fast, well-distributed PRNG; the same seed gives the same floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * A seeded random number generator for a fault test's random choices (mulberry32). The seed is
 * printed; FAULT_SEED=<seed> replays the same choices.
 */
export function seededRandom(label: string): () => number {
  const seed = Number(process.env.FAULT_SEED) || Math.floor(Math.random() * 2 ** 31);
  console.log(`${label}: random seed ${seed} (replay with FAULT_SEED=${seed})`);
  return mulberry32(seed);
}
