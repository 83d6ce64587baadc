/**
 * Mulberry32: a small, fast generator with a fixed seed, for everything that must draw the same numbers
 * every run — the demo seed's sales, the benchmarks' generated worlds, the scheduler's search. Not for
 * secrets (auth/secrets.ts uses the system's cryptographic source).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
