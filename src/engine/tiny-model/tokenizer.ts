/**
 * The tiny model's Qwen-like byte-level BPE vocabulary: the 256 byte symbols, the merged
 * sub-words trained on the built-in corpus, and the ChatML special tokens typed CONTROL.
 */
import { BYTE_SYMBOL_ORDER, fromByteSymbols } from './byte-symbols';
import { trainMerges } from './bpe-trainer';
import { trainingCorpus } from './corpus';

/** llama.cpp token types. */
export const TokenType = { normal: 1, unknown: 2, control: 3, userDefined: 4, unused: 5, byte: 6 } as const;

export const SPECIAL_TOKENS = ['<|endoftext|>', '<|im_start|>', '<|im_end|>'] as const;

export interface TinyVocabulary {
  /** Token strings in byte-symbol form (as GGUF stores them), indexed by id. */
  tokens: string[];
  tokenTypes: number[];
  /** Merges as "left right", highest priority first. */
  merges: string[];
  endOfText: number;
  imStart: number;
  imEnd: number;
  /** Raw bytes of each token (empty for specials). */
  bytes: Buffer[];
}

export const DEFAULT_MERGE_COUNT = 3000;

export function buildVocabulary(mergeCount = DEFAULT_MERGE_COUNT): TinyVocabulary {
  const tokens: string[] = [...BYTE_SYMBOL_ORDER];
  const seen = new Set(tokens);
  const merges: string[] = [];
  for (const [a, b] of trainMerges(trainingCorpus(), mergeCount)) {
    merges.push(`${a} ${b}`);
    const merged = a + b;
    if (!seen.has(merged)) {
      seen.add(merged);
      tokens.push(merged);
    }
  }
  const tokenTypes: number[] = tokens.map(() => TokenType.normal);
  const bytes = tokens.map((t) => fromByteSymbols(t));
  const endOfText = tokens.length;
  for (const s of SPECIAL_TOKENS) {
    tokens.push(s);
    tokenTypes.push(TokenType.control);
    bytes.push(Buffer.alloc(0));
  }
  return { tokens, tokenTypes, merges, endOfText, imStart: endOfText + 1, imEnd: endOfText + 2, bytes };
}
