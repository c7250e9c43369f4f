/**
 * Guesses what chosen files are from their paths and the first JSON value of the first file.
 */
import { RUNLOG_FORMAT } from '../../../shared/runlog';
import { hasVersionFolders } from '../../../shared/import/m1-reference';
import { looksLikeEvalData } from '../../../shared/import/eval-data';
import type { ImportKind } from './import-job';

/** The kind, from the file paths and the first JSON value (undefined when none parsed). */
export function detectKind(paths: readonly string[], firstValue: unknown): ImportKind {
  if (hasVersionFolders(paths)) return 'm1-folders';
  const v = firstValue as Record<string, unknown> | null | undefined;
  if (v && typeof v === 'object' && v.type === 'header' && v.format === RUNLOG_FORMAT) return 'run-log';
  if (looksLikeEvalData(firstValue)) return 'eval-data';
  return 'records';
}

const EVAL_HEAD = /^\s*(\{\s*"[^"]*"\s*:\s*)?\[\s*\{/;

/**
 * The kind from the paths and the first characters of the first file, when its first JSON
 * value may not be complete in them (a large eval-data object).
 */
export function sniffKind(paths: readonly string[], head: string, firstValue: unknown): ImportKind {
  // A plain list of eval items: the stream gives its first item.
  if (firstValue !== undefined && /^\s*\[/.test(head) && !hasVersionFolders(paths) && looksLikeEvalData([firstValue])) return 'eval-data';
  if (firstValue !== undefined || hasVersionFolders(paths)) return detectKind(paths, firstValue);
  if (EVAL_HEAD.test(head) && head.includes('"options"') && !head.includes('"thinking_text"') && !head.includes('"response_text"')) return 'eval-data';
  return 'records';
}
