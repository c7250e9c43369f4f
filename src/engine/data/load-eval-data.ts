/**
 * Loads eval data: the m1 eval JSON (`{source: [items]}`, or a plain list = one source named
 * after the file) or JSON Lines of items (`{question, options, answer, answer_idx, source?}`).
 * Every problem is an InputError naming the file, the line, the item and the field.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Item } from '../../shared/domain';
import { InputError } from './input-error';
import { jsonErrorWhere } from './json-position';
import { toItem } from './eval-item';

export interface LoadEvalDataOptions {
  /** Keep only these sources (in file order); unknown names are an error. */
  sources?: string[];
  /** At most this many items from each source (the first ones). */
  limit?: number;
}

/** Source name used for a plain list or JSON Lines without a `source` field. */
export function defaultSourceName(file: string): string {
  return path.basename(file).replace(/\.(jsonl|ndjson|json)$/i, '') || path.basename(file);
}

async function readText(file: string): Promise<string> {
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${(e as Error).message})`);
  }
  if (info.isDirectory()) throw new InputError(`${file}: is a directory, expected an eval data file`);
  const text = await readFile(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseJsonLines(text: string, file: string): Item[] {
  const fallback = defaultSourceName(file);
  const counters = new Map<string, number>();
  const items: Item[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (!raw) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      const where = jsonErrorWhere(raw, e);
      throw new InputError(`${file}:${i + 1}: not valid JSON (${where.reason}, column ${where.column})`);
    }
    let source = fallback;
    if (value && typeof value === 'object' && !Array.isArray(value) && 'source' in value) {
      const s = (value as { source: unknown }).source;
      if (typeof s !== 'string' || !s.trim()) {
        throw new InputError(`${file}:${i + 1}: field source: must be non-empty text, got ${JSON.stringify(s)}`);
      }
      source = s;
    }
    const index = counters.get(source) ?? 0;
    counters.set(source, index + 1);
    items.push(toItem(value, { file, line: i + 1, source, index }));
  }
  return items;
}

function parseJson(value: unknown, file: string): Item[] {
  if (Array.isArray(value)) return parseJsonLinesLikeList(value, file);
  if (value === null || typeof value !== 'object') {
    throw new InputError(`${file}: expected an object mapping source names to lists of items, or a list of items`);
  }
  const items: Item[] = [];
  for (const [source, list] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(list)) {
      throw new InputError(`${file}: field ${source}: expected a list of items for source "${source}"`);
    }
    list.forEach((raw, index) => items.push(toItem(raw, { file, source, index })));
  }
  return items;
}

function parseJsonLinesLikeList(list: unknown[], file: string): Item[] {
  const fallback = defaultSourceName(file);
  const counters = new Map<string, number>();
  return list.map((raw, position) => {
    let source = fallback;
    if (raw && typeof raw === 'object' && !Array.isArray(raw) && typeof (raw as { source?: unknown }).source === 'string') {
      source = (raw as { source: string }).source || fallback;
    }
    const index = counters.get(source) ?? 0;
    counters.set(source, index + 1);
    try {
      return toItem(raw, { file, source, index });
    } catch (e) {
      if (e instanceof InputError) e.message = `${e.message} (list position ${position})`;
      throw e;
    }
  });
}

/** Parse eval data text (exported for tests and for data that is already in memory). */
export function parseEvalData(text: string, file: string): Item[] {
  if (!text.trim()) throw new InputError(`${file}: empty file, expected eval data`);
  if (/\.(jsonl|ndjson)$/i.test(file)) return parseJsonLines(text, file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // Not one JSON document: JSON Lines when the first non-empty line is a JSON object on its own.
    const first = text.split('\n').find((l) => l.trim());
    let firstIsObject: boolean;
    try {
      const v = JSON.parse(first ?? '');
      firstIsObject = v !== null && typeof v === 'object' && !Array.isArray(v);
    } catch {
      firstIsObject = false;
    }
    if (firstIsObject) return parseJsonLines(text, file);
    const where = jsonErrorWhere(text, e);
    throw new InputError(`${file}:${where.line}: not valid JSON (${where.reason}, column ${where.column})`);
  }
  return parseJson(value, file);
}

/** Keep the named sources and the first `limit` items of each. */
export function selectItems(items: Item[], file: string, opts: LoadEvalDataOptions = {}): Item[] {
  const available = [...new Set(items.map((i) => i.source))];
  let selected = items;
  if (opts.sources) {
    const wanted = opts.sources.map((s) => s.trim()).filter(Boolean);
    if (wanted.length === 0) throw new InputError(`--sources: no source names given`);
    const unknown = wanted.filter((s) => !available.includes(s));
    if (unknown.length) {
      throw new InputError(
        `${file}: unknown source${unknown.length > 1 ? 's' : ''} ${unknown.map((s) => `"${s}"`).join(', ')} in --sources; the file has ${available.map((s) => `"${s}"`).join(', ')}`,
      );
    }
    const keep = new Set(wanted);
    selected = selected.filter((i) => keep.has(i.source));
  }
  if (opts.limit !== undefined) {
    if (!Number.isInteger(opts.limit) || opts.limit < 1) {
      throw new InputError(`--limit: must be a positive whole number, got ${opts.limit}`);
    }
    const limit = opts.limit;
    selected = selected.filter((i) => i.index < limit);
  }
  return selected;
}

export async function loadEvalData(file: string, opts: LoadEvalDataOptions = {}): Promise<Item[]> {
  const items = parseEvalData(await readText(file), file);
  if (items.length === 0) throw new InputError(`${file}: no items`);
  const selected = selectItems(items, file, opts);
  if (selected.length === 0) throw new InputError(`${file}: no items left after selecting sources`);
  return selected;
}
