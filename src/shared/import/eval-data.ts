/**
 * The m1 eval data file alone: a JSON object mapping a source name to a list of items, or a
 * plain list (one source, named after the file). The questions become a study with no
 * conditions yet (questions to run later).
 */
import type { Item } from '../domain';
import { itemKey } from '../domain';
import { importFail, typeName } from './import-error';
import { toEvalItem } from './eval-item';

/** True when a parsed value looks like eval data (items with options and no model output). */
export function looksLikeEvalData(value: unknown): boolean {
  const isItem = (v: unknown) => !!v && typeof v === 'object' && 'question' in v && 'options' in v && !('thinking_text' in v) && !('response_text' in v);
  if (Array.isArray(value)) return value.length > 0 && isItem(value[0]);
  if (!value || typeof value !== 'object') return false;
  const lists = Object.values(value as Record<string, unknown>);
  return lists.length > 0 && lists.every((l) => Array.isArray(l)) && lists.some((l) => (l as unknown[]).length > 0 && isItem((l as unknown[])[0]));
}

/** The items of eval data in file order. */
export function evalDataItems(value: unknown, file: string): Item[] {
  const bySource: [string, unknown][] = Array.isArray(value)
    ? [[file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''), value]]
    : value && typeof value === 'object'
      ? Object.entries(value as Record<string, unknown>)
      : importFail(file, undefined, undefined, `expected an object mapping sources to lists of items, or a list, got ${typeName(value)}`);
  const items: Item[] = [];
  const seen = new Set<string>();
  for (const [source, list] of bySource) {
    if (!Array.isArray(list)) importFail(file, undefined, source, `must be a list of items, got ${typeName(list)}`);
    list.forEach((raw, index) => {
      const item = toEvalItem(raw, { file, source, index });
      const key = itemKey(item);
      if (seen.has(key)) importFail(file, undefined, `${source}.${index}`, 'appears twice');
      seen.add(key);
      items.push(item);
    });
  }
  if (items.length === 0) importFail(file, undefined, undefined, 'no questions');
  return items;
}
