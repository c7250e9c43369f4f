/**
 * JSON Lines as Hugging Face `datasets` writes them (pandas `to_json(orient="records",
 * lines=True)`: compact, non-ASCII as \uXXXX, "/" as "\/"), and the shared tolerant reader
 * (any sequence of JSON values, one per line or indented over several lines, or a JSON
 * array) with its problems as InputErrors.
 */
import { asInputError } from '../data/input-error';
import { readJsonValues as readSharedJsonValues, type JsonValueAt } from '../../shared/import/json-stream';

function pandasEscape(json: string): string {
  return json.replace(/\//g, '\\/').replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function toHfJsonLines(records: readonly object[]): string {
  return records.map((r) => pandasEscape(JSON.stringify(r)) + '\n').join('');
}

/** Every JSON value in the text, with the line it starts on; a top-level array is spread. */
export function readJsonValues(text: string, file: string): JsonValueAt[] {
  return asInputError(() => readSharedJsonValues(text, file));
}
