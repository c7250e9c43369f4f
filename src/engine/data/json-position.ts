/**
 * Turns a JSON.parse failure into "line L, column C" for error messages.
 */

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Describe where a JSON.parse error happened. V8 reports "at position N" (or "line L column C"
 * in newer versions); an unexpected end is placed at the end of the text.
 */
export function jsonErrorWhere(text: string, error: unknown): { line: number; column: number; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message.replace(/\s*\(line \d+ column \d+\)\s*$/, '').replace(/\s+in JSON at position \d+.*$/s, '');
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), reason };
  const pos = /at position (\d+)/.exec(message);
  if (pos) return { ...lineColumn(text, Number(pos[1])), reason };
  return { ...lineColumn(text, text.trimEnd().length), reason };
}
