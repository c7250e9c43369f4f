/**
 * Step 1 of grading: pull the answer out of the answer text, as the reference scripts do.
 *
 * 1. `lastBoxed`: the last `\boxed` (else the last `\fbox`) through its brace-balanced `}`;
 *    the whole text when there is neither or when the braces never close.
 * 2. `unwrap(…, '\\boxed')`: when the result starts with `\boxed{` and ends with `}`, keep
 *    the inside; if the inside contains `=`, keep what follows the last `=` with leading
 *    spaces (U+0020 only) removed. This also applies to the whole-text fallback.
 * 3. A second `lastBoxed` on that result (a closed `\boxed`/`\fbox` substring replaces it,
 *    not unwrapped), then `unwrap(…, '\\text')`.
 * Nothing is trimmed.
 */

export interface BoxSearch {
  text: string;
  /** A `\boxed` / `\fbox` was found and its braces closed. */
  closed: boolean;
}

/** Last `\boxed` (else `\fbox`) through its balanced closing brace, or the whole string. */
export function lastBoxed(s: string): BoxSearch {
  let idx = s.lastIndexOf('\\boxed');
  if (idx < 0) idx = s.lastIndexOf('\\fbox');
  if (idx < 0) return { text: s, closed: false };
  let depth = 0;
  for (let i = idx; i < s.length; i++) {
    const ch = s[i];
    if (ch === '{') depth++;
    if (ch === '}') {
      depth--;
      if (depth === 0) return { text: s.slice(idx, i + 1), closed: true };
    }
  }
  return { text: s, closed: false };
}

/** Remove a `left{…}` wrapper when `s` is exactly one; apply the `=` rule to its inside. */
export function unwrap(s: string, left: '\\boxed' | '\\text'): string {
  const open = `${left}{`;
  if (!s.startsWith(open) || !s.endsWith('}')) return s;
  let inner = s.slice(open.length, -1);
  if (inner.includes('=')) {
    inner = inner.slice(inner.lastIndexOf('=') + 1).replace(/^ +/, '');
  }
  return inner;
}

export interface Extraction {
  extraction: string;
  /** A closed `\boxed` / `\fbox` was found in the answer text (first pass). */
  closedBox: boolean;
}

export function extractAnswer(answerText: string): Extraction {
  const first = lastBoxed(answerText);
  const unboxed = unwrap(first.text, '\\boxed');
  const second = lastBoxed(unboxed);
  return { extraction: unwrap(second.text, '\\text'), closedBox: first.closed };
}
