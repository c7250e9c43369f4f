/**
 * The question list's query: filters (source, flip pattern between two conditions, outcome
 * state, tag, annotator, verdict disagreements, text search) and a sort order. A query is
 * data, so it can be saved and evaluated again on whatever rows the study has now.
 */
import type { ConditionId, FlipKind, OutcomeState } from '../../../shared/domain';
import { rowFlipKind } from '../../../shared/flip-matrix';
import type { QuestionListRow } from './study-types';

export type SortKey = 'order' | 'source' | 'changes' | 'accuracy' | 'disagreements';

export const SORT_LABELS: Record<SortKey, string> = {
  order: 'Study order',
  source: 'Source',
  changes: 'Outcome changes along the ladder',
  accuracy: 'Share correct across conditions',
  disagreements: 'Verdict disagreements',
};

export interface TextQuery {
  /** A regular expression (JavaScript syntax). */
  pattern: string;
  caseSensitive: boolean;
  /** Where to look: the question and options, the traces and answers, or both. */
  scope: 'question' | 'trace' | 'both';
}

export interface RowQuery {
  /** A source name, or '' for every source. */
  source: string;
  /** Only questions whose outcome is not the same under every condition. */
  changingOnly: boolean;
  /** Flip pattern between two conditions; `kinds` empty means any flip kind. */
  flip?: { from: ConditionId; to: ConditionId; kinds: FlipKind[] };
  /** Outcome state under one condition, or under any condition ('any'). */
  outcome?: { condition: ConditionId | 'any'; states: OutcomeState[] };
  /** A tag label, or '' for any. */
  tag: string;
  /** An annotator name, or '' for any. */
  annotator: string;
  disagreementsOnly: boolean;
  text?: TextQuery;
  sort: { by: SortKey; descending: boolean };
}

export const EMPTY_QUERY: RowQuery = {
  source: '',
  changingOnly: false,
  tag: '',
  annotator: '',
  disagreementsOnly: false,
  sort: { by: 'order', descending: false },
};

/** What a query needs besides the rows: keys per tag and annotator, and the text matches. */
export interface QueryContext {
  tagKeys?: ReadonlyMap<string, ReadonlySet<string>>;
  annotatorKeys?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Keys matching the query's text search; undefined while it is not known yet. */
  textKeys?: ReadonlySet<string>;
}

/** True when the question's outcome differs between at least two conditions. */
export function outcomeChanges(row: QuestionListRow): boolean {
  const values = Object.values(row.outcomes);
  return values.some((o) => o !== values[0]);
}

/** Outcome changes between consecutive conditions of the ladder. */
export function changeCount(row: QuestionListRow, ladder: readonly ConditionId[]): number {
  let n = 0;
  let prev: OutcomeState | undefined;
  for (const id of ladder) {
    const o = row.outcomes[id];
    if (o === undefined) continue;
    if (prev !== undefined && o !== prev) n++;
    prev = o;
  }
  return n;
}

function shareCorrect(row: QuestionListRow): number {
  const values = Object.values(row.outcomes);
  return values.length ? values.filter((o) => o === 'correct').length / values.length : -1;
}

/** Checks a text pattern; returns the error message of an invalid one. */
export function patternError(pattern: string): string | null {
  try {
    new RegExp(pattern, 'u');
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Whether the query has a text search that needs the full texts. */
export function needsText(q: RowQuery): q is RowQuery & { text: TextQuery } {
  return !!q.text && q.text.pattern.length > 0;
}

/** The rows matching the query, sorted. Study order breaks ties. */
export function applyQuery(rows: readonly QuestionListRow[], q: RowQuery, ladder: readonly ConditionId[], ctx: QueryContext = {}): QuestionListRow[] {
  const tagSet = q.tag ? (ctx.tagKeys?.get(q.tag) ?? new Set<string>()) : undefined;
  const annotatorSet = q.annotator ? (ctx.annotatorKeys?.get(q.annotator) ?? new Set<string>()) : undefined;
  const textSet = needsText(q) ? ctx.textKeys : undefined;
  const flipKinds = q.flip ? new Set(q.flip.kinds) : undefined;
  const states = q.outcome ? new Set(q.outcome.states) : undefined;
  const out = rows.filter((r) => {
    if (q.source && r.source !== q.source) return false;
    if (q.changingOnly && !outcomeChanges(r)) return false;
    if (q.disagreementsOnly && r.disagreements === 0) return false;
    if (q.flip) {
      const kind = rowFlipKind(r, q.flip.from, q.flip.to);
      if (kind === undefined || (flipKinds!.size > 0 && !flipKinds!.has(kind))) return false;
    }
    if (q.outcome && states!.size > 0) {
      if (q.outcome.condition === 'any') {
        if (!Object.values(r.outcomes).some((o) => states!.has(o!))) return false;
      } else {
        const o = r.outcomes[q.outcome.condition];
        if (o === undefined || !states!.has(o)) return false;
      }
    }
    if (tagSet && !tagSet.has(r.key)) return false;
    if (annotatorSet && !annotatorSet.has(r.key)) return false;
    if (textSet && !textSet.has(r.key)) return false;
    return true;
  });
  const { by, descending } = q.sort;
  if (by === 'order' && !descending) return out;
  const sign = descending ? -1 : 1;
  const value: (r: QuestionListRow) => number | string =
    by === 'source' ? (r) => r.source : by === 'changes' ? (r) => changeCount(r, ladder) : by === 'accuracy' ? shareCorrect : by === 'disagreements' ? (r) => r.disagreements : (r) => r.order;
  const keyed = out.map((r) => ({ r, v: value(r) }));
  keyed.sort((a, b) => {
    const c = typeof a.v === 'string' ? a.v.localeCompare(b.v as string) : a.v - (b.v as number);
    return c !== 0 ? sign * c : a.r.order - b.r.order;
  });
  return keyed.map((k) => k.r);
}

/** Keys per tag label and per annotator, from annotations (rejected suggestions left out). */
export function annotationIndex(tags: readonly { questionKey: string; label: string; annotator: string; status?: string }[]): {
  tagKeys: Map<string, Set<string>>;
  annotatorKeys: Map<string, Set<string>>;
} {
  const tagKeys = new Map<string, Set<string>>();
  const annotatorKeys = new Map<string, Set<string>>();
  for (const t of tags) {
    if (t.status === 'rejected') continue;
    if (!tagKeys.has(t.label)) tagKeys.set(t.label, new Set());
    tagKeys.get(t.label)!.add(t.questionKey);
    if (!annotatorKeys.has(t.annotator)) annotatorKeys.set(t.annotator, new Set());
    annotatorKeys.get(t.annotator)!.add(t.questionKey);
  }
  return { tagKeys, annotatorKeys };
}
