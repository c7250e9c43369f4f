/**
 * A saved question-list query: stored as the query itself (never its result), so opening it
 * evaluates it again on the study's current rows, including runs added since.
 */
import type { RowQuery } from './row-query';

export interface SavedQuery {
  id: string;
  studyId: string;
  name: string;
  query: RowQuery;
  createdAt: number;
}

/** Parses a stored value back into a query, filling fields a newer release added. */
export function normaliseQuery(q: Partial<RowQuery>): RowQuery {
  return {
    source: q.source ?? '',
    changingOnly: q.changingOnly ?? false,
    tag: q.tag ?? '',
    annotator: q.annotator ?? '',
    disagreementsOnly: q.disagreementsOnly ?? false,
    sort: q.sort ?? { by: 'order', descending: false },
    ...(q.flip ? { flip: q.flip } : {}),
    ...(q.outcome ? { outcome: q.outcome } : {}),
    ...(q.text ? { text: q.text } : {}),
  };
}
