/**
 * JSON Lines reading shared by the run-log parser and the annotation import: every non-blank
 * line parsed, a broken one reported as `file:line: not valid JSON (…)`.
 */
export interface JsonLine {
  /** 1-based line number in the text. */
  line: number;
  value: unknown;
}

export function* jsonLines(text: string, file: string): Generator<JsonLine> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (!raw) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`, { cause: e });
    }
    yield { line: i + 1, value };
  }
}
