/**
 * JSON Lines as Hugging Face `datasets` writes them (pandas `to_json(orient="records",
 * lines=True)`: compact, non-ASCII as \uXXXX, "/" as "\/"), and a tolerant reader that
 * takes any sequence of JSON values, one per line or indented over several lines, or a
 * JSON array.
 */
import { InputError } from '../data/input-error';
import { jsonErrorWhere, lineColumn } from '../data/json-position';

function pandasEscape(json: string): string {
  return json.replace(/\//g, '\\/').replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function toHfJsonLines(records: readonly object[]): string {
  return records.map((r) => pandasEscape(JSON.stringify(r)) + '\n').join('');
}

/** Every JSON value in the text, with the line it starts on; a top-level array is spread. */
export function readJsonValues(text: string, file: string): { value: unknown; line: number }[] {
  const out: { value: unknown; line: number }[] = [];
  let i = 0;
  const n = text.length;
  let inArray = false;
  let sawArray = false;
  while (i < n) {
    const ch = text[i];
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === ',' || ch === '\ufeff') {
      i++;
      continue;
    }
    // A top-level JSON array: read its elements one by one, so each keeps its own line.
    if (ch === '[' && !inArray && !sawArray && out.length === 0) {
      inArray = sawArray = true;
      i++;
      continue;
    }
    if (ch === ']' && inArray) {
      inArray = false;
      i++;
      continue;
    }
    const start = i;
    if (ch !== '{' && ch !== '[') {
      const { line, column } = lineColumn(text, start);
      throw new InputError(`${file}:${line}: expected a JSON object at column ${column}, found ${JSON.stringify(text.slice(start, start + 20))}`);
    }
    let depth = 0;
    let inString = false;
    for (; i < n; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) {
          i++;
          break;
        }
      }
    }
    const chunk = text.slice(start, i);
    const line = lineColumn(text, start).line;
    if (depth !== 0) throw new InputError(`${file}:${line}: JSON value is never closed (file ends inside it)`);
    let value: unknown;
    try {
      value = JSON.parse(chunk);
    } catch (e) {
      const where = jsonErrorWhere(chunk, e);
      throw new InputError(`${file}:${line + where.line - 1}: not valid JSON (${where.reason})`);
    }
    out.push({ value, line });
  }
  if (inArray) throw new InputError(`${file}: JSON array is never closed (file ends inside it)`);
  return out;
}
