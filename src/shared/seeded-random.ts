/**
 * A small seeded pseudo-random generator (mulberry32) and a seeded shuffle, so that a review
 * queue drawn with the same seed from the same questions is the same queue.
 */

/** Hashes a string seed to 32 bits (FNV-1a). */
export function seedFromString(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator of floats in [0, 1) from a 32-bit seed. */
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

/** The first n items of a seeded Fisher–Yates shuffle (the input is not changed). */
export function seededSample<T>(items: readonly T[], n: number, seed: string): T[] {
  const copy = [...items];
  const random = mulberry32(seedFromString(seed));
  const take = Math.min(Math.max(0, Math.floor(n)), copy.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, take);
}
