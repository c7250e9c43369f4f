/**
 * A streaming reader of JSON values: text arrives in chunks (from a file stream) and every
 * complete value comes out with the line it starts on. Takes JSON Lines, values indented over
 * several lines (as Hugging Face `datasets` may write them), or one top-level array whose
 * elements come out one by one. Memory stays bounded by the largest single value.
 */
import { importFail } from './import-error';

export interface JsonValueAt {
  value: unknown;
  /** 1-based line where the value starts. */
  line: number;
}

function jsonProblem(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/\s+in JSON at position \d+.*$/s, '');
}

/** Line breaks in a value before the place JSON.parse stopped (a value may span lines). */
function linesBefore(chunk: string, e: unknown): number {
  const message = e instanceof Error ? e.message : String(e);
  const lc = /line (\d+) column \d+/.exec(message);
  if (lc) return Number(lc[1]) - 1;
  const pos = /at position (\d+)/.exec(message);
  const end = pos ? Number(pos[1]) : chunk.length;
  let n = 0;
  for (let k = 0; k < end && k < chunk.length; k++) if (chunk.charCodeAt(k) === 10) n++;
  return n;
}

export class JsonValueStream {
  private buffer = '';
  /** Line of buffer[0]. */
  private line = 1;
  private inArray = false;
  private sawArray = false;
  private count = 0;
  /** Scan state of an unfinished value at the start of the buffer. */
  private scan = { i: 0, depth: 0, inString: false, started: false };

  constructor(readonly file: string) {}

  /** Values completed by this chunk. */
  push(chunk: string): JsonValueAt[] {
    this.buffer += chunk;
    return this.drain();
  }

  /** Values left at the end of the input; fails on an unfinished one. */
  end(): JsonValueAt[] {
    const out = this.drain();
    if (this.scan.started) importFail(this.file, this.line, undefined, 'JSON value is never closed (file ends inside it)');
    if (this.inArray) importFail(this.file, undefined, undefined, 'JSON array is never closed (file ends inside it)');
    return out;
  }

  private drain(): JsonValueAt[] {
    const out: JsonValueAt[] = [];
    const text = this.buffer;
    const n = text.length;
    let pos = 0;
    for (;;) {
      if (!this.scan.started) {
        // Skip separators between values.
        while (pos < n) {
          const ch = text.charCodeAt(pos);
          if (ch === 10) {
            this.line++;
            pos++;
          } else if (ch === 32 || ch === 13 || ch === 9 || ch === 44 || ch === 0xfeff) pos++;
          else if (ch === 91 /* [ */ && !this.inArray && !this.sawArray && this.count === 0) {
            this.inArray = this.sawArray = true;
            pos++;
          } else if (ch === 93 /* ] */ && this.inArray) {
            this.inArray = false;
            pos++;
          } else break;
        }
        if (pos >= n) break;
        const ch = text[pos];
        if (ch !== '{' && ch !== '[') {
          importFail(this.file, this.line, undefined, `expected a JSON object, found ${JSON.stringify(text.slice(pos, pos + 20))}`);
        }
        this.scan = { i: pos, depth: 0, inString: false, started: true };
      }
      const start = pos;
      let { i, depth, inString } = this.scan;
      let closed = false;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
          if (c === 92 /* \ */) i++;
          else if (c === 34 /* " */) inString = false;
        } else if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) {
          depth--;
          if (depth === 0) {
            i++;
            closed = true;
            break;
          }
        }
      }
      if (!closed) {
        // Keep the unfinished value; resume scanning where this chunk ended.
        // (i may pass the end by one after an escape: the escaped character is skipped next time.)
        this.scan = { i: i - start, depth, inString, started: true };
        this.buffer = text.slice(start);
        return out;
      }
      const chunk = text.slice(start, i);
      let value: unknown;
      try {
        value = JSON.parse(chunk);
      } catch (e) {
        importFail(this.file, this.line + linesBefore(chunk, e), undefined, `not valid JSON (${jsonProblem(e)})`);
      }
      out.push({ value, line: this.line });
      this.count++;
      for (let k = 0; k < chunk.length; k++) if (chunk.charCodeAt(k) === 10) this.line++;
      pos = i;
      this.scan = { i: 0, depth: 0, inString: false, started: false };
    }
    this.buffer = '';
    return out;
  }
}

/** Every JSON value of a whole text (see JsonValueStream). */
export function readJsonValues(text: string, file: string): JsonValueAt[] {
  const s = new JsonValueStream(file);
  return [...s.push(text), ...s.end()];
}
