/**
 * Byte-level BPE training: pre-tokenize weighted texts the way Qwen2 does, then repeatedly
 * merge the most frequent adjacent pair of symbols. Ties go to the pair that sorts first,
 * so the same corpus always yields the same merges.
 */
import { toByteSymbols } from './byte-symbols';
import type { CorpusEntry } from './corpus';

/** Qwen2's pre-tokenizer pattern (the `(?i:...)` contraction group spelled out for JavaScript). */
export const QWEN2_PRETOKENIZE =
  /'(?:[sS]|[tT]|[rR][eE]|[vV][eE]|[mM]|[lL][lL]|[dD])|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+/gu;

export function pretokenize(text: string): string[] {
  return text.match(QWEN2_PRETOKENIZE) ?? [];
}

interface Word {
  symbols: string[];
  weight: number;
}

const SEP = '\u0000';

export function trainMerges(corpus: readonly CorpusEntry[], maxMerges: number): [string, string][] {
  const counts = new Map<string, number>();
  for (const { text, weight } of corpus) {
    for (const piece of pretokenize(text)) {
      const sym = toByteSymbols(piece);
      counts.set(sym, (counts.get(sym) ?? 0) + weight);
    }
  }
  const words: Word[] = [...counts.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([sym, weight]) => ({ symbols: [...sym], weight }));

  const pairCount = new Map<string, number>();
  const pairWords = new Map<string, Set<number>>();
  const addPairs = (wi: number, sign: 1 | -1): void => {
    const { symbols, weight } = words[wi];
    for (let i = 0; i + 1 < symbols.length; i++) {
      const key = symbols[i] + SEP + symbols[i + 1];
      const next = (pairCount.get(key) ?? 0) + sign * weight;
      if (next <= 1e-9) pairCount.delete(key);
      else pairCount.set(key, next);
      if (sign > 0) {
        let set = pairWords.get(key);
        if (!set) pairWords.set(key, (set = new Set()));
        set.add(wi);
      }
    }
  };
  words.forEach((_, wi) => addPairs(wi, 1));

  const merges: [string, string][] = [];
  while (merges.length < maxMerges) {
    let best: string | null = null;
    let bestCount = 0;
    for (const [key, c] of pairCount) {
      if (c > bestCount + 1e-9 || (Math.abs(c - bestCount) <= 1e-9 && best !== null && key < best)) {
        best = key;
        bestCount = c;
      }
    }
    if (best === null) break;
    const [a, b] = best.split(SEP);
    merges.push([a, b]);
    const merged = a + b;
    for (const wi of pairWords.get(best) ?? []) {
      const w = words[wi];
      let has = false;
      for (let i = 0; i + 1 < w.symbols.length; i++) {
        if (w.symbols[i] === a && w.symbols[i + 1] === b) { has = true; break; }
      }
      if (!has) continue;
      addPairs(wi, -1);
      const out: string[] = [];
      for (let i = 0; i < w.symbols.length; i++) {
        if (i + 1 < w.symbols.length && w.symbols[i] === a && w.symbols[i + 1] === b) {
          out.push(merged);
          i++;
        } else {
          out.push(w.symbols[i]);
        }
      }
      w.symbols = out;
      addPairs(wi, 1);
    }
    pairCount.delete(best);
    pairWords.delete(best);
  }
  return merges;
}
