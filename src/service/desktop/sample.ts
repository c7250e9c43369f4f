/** A seeded random sample of eval items: the same data, size and seed give the same questions. */
import type { Item } from '../../shared/domain';
import { mulberry32 } from '../../shared/seeded-random';

/** `size` items drawn without replacement, kept in their original order. */
export function sampleItems(items: readonly Item[], size: number | undefined, seed: number): Item[] {
  if (size === undefined || size >= items.length) return [...items];
  const rand = mulberry32(seed);
  const idx = items.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx
    .slice(0, size)
    .sort((a, b) => a - b)
    .map((i) => items[i]);
}
