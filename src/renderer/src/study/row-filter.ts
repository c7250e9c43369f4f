/**
 * Filters of the question list.
 */
import type { QuestionListRow } from './study-types';

export interface RowFilter {
  /** A source name, or '' for every source. */
  source: string;
  /** Only questions whose outcome is not the same under every condition. */
  changingOnly: boolean;
}

export const NO_FILTER: RowFilter = { source: '', changingOnly: false };

/** True when the question's outcome differs between at least two conditions. */
export function outcomeChanges(row: QuestionListRow): boolean {
  const values = Object.values(row.outcomes);
  return values.some((o) => o !== values[0]);
}

export function filterRows(rows: readonly QuestionListRow[], filter: RowFilter): QuestionListRow[] {
  return rows.filter((r) => (!filter.source || r.source === filter.source) && (!filter.changingOnly || outcomeChanges(r)));
}
