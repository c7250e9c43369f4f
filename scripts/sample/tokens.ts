/**
 * Approximate token counter for the hand-written sample study.
 *
 * The sample has no model, so no tokenizer: token counts are estimated, deterministically,
 * as one token per run of letters/digits, one per punctuation or symbol character and one
 * per run of newlines (spaces and tabs count for nothing). For English medical prose this
 * lands near what the Qwen2.5 tokenizer gives, which is all the sample needs: every budget
 * cut in the sample study is computed from this counter, not from a real tokenizer.
 */

const TOKEN = /[\p{L}\p{M}\p{N}]+|\n+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Approximate token count of a text. */
export function countTokens(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(TOKEN)) n++;
  return n;
}

/**
 * Character offset just after the first `n` tokens of `text` (0 for n = 0). When the text has
 * `n` tokens or fewer the whole text is kept, trailing spaces included.
 */
export function tokenEnd(text: string, n: number): number {
  if (n <= 0) return 0;
  const ends = [...text.matchAll(TOKEN)].map((m) => m.index + m[0].length);
  return n < ends.length ? ends[n - 1] : text.length;
}
