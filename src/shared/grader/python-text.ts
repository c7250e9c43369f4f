/**
 * Python 3 `str` semantics that the reference grader relies on, expressed for JavaScript.
 *
 * Word characters: in a Python 3 `str` pattern, `\w` matches exactly the characters for
 * which `str.isalnum()` is true, plus `_`. Measured over every code point with Python 3.11
 * (Unicode 14), that set is exactly the Unicode general categories L* and N* plus `_`.
 * Combining marks (M*) are NOT word characters in Python, so `\p{M}` is deliberately left
 * out. JavaScript's own `\w` is ASCII-only, so the class is spelled with `\p{...}` escapes
 * and every pattern using it carries the `u` flag. Characters assigned after Unicode 14
 * may be classified differently by a newer JavaScript engine; no test data depends on them.
 *
 * Whitespace: Python's `\s` and `str.strip()` use `str.isspace()`, which differs from
 * JavaScript's `\s` (Python adds U+001C–U+001F and U+0085, and does not count U+FEFF).
 *
 * Lower-casing: JavaScript's `toLowerCase()` agrees with Python's `str.lower()` on every
 * code point that Unicode 14 assigns (checked exhaustively, final sigma included).
 */

/** Body of a character class matching Python's `\w` (use inside `[...]` with the `u` flag). */
export const PY_WORD_CLASS_BODY = '\\p{L}\\p{N}_';

/** A complete class matching Python's `\W` (needs the `u` flag). */
export const PY_NON_WORD = `[^${PY_WORD_CLASS_BODY}]`;

/** Body of a character class matching Python's `\s` / `str.isspace()`. */
export const PY_SPACE_CLASS_BODY =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** A complete class matching Python's `\s`. */
export const PY_SPACE = `[${PY_SPACE_CLASS_BODY}]`;

const LEADING_SPACE = new RegExp(`^${PY_SPACE}+`, 'u');
const TRAILING_SPACE = new RegExp(`${PY_SPACE}+$`, 'u');
const ONLY_SPACE = new RegExp(`^${PY_SPACE}*$`, 'u');

/** Python `s.strip()` with no argument. */
export function pyStrip(s: string): string {
  return s.replace(LEADING_SPACE, '').replace(TRAILING_SPACE, '');
}

/** Python `s.isspace() or s == ""`: empty or whitespace only. */
export function isBlank(s: string): boolean {
  return ONLY_SPACE.test(s);
}

/** Python `str.lower()`. */
export function pyLower(s: string): string {
  return s.toLowerCase();
}

/** Python `len(s)`: code points, not UTF-16 units. */
export function pyLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
