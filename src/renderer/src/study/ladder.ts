/**
 * The ladder: a study's conditions in ladder order (budget first, then rounds).
 */
import type { Condition, ConditionId } from '../../../shared/domain';
import { conditionId, parseConditionId } from '../../../shared/domain';
import { ladderOrder } from '../../../shared/ladder';

/** Distinct condition ids of the given conditions, in ladder order. */
export function ladderIds(conditions: Iterable<Condition>): ConditionId[] {
  return ladderOrder(conditions).map(conditionId);
}

/** For each condition of a ladder: whether it starts a new budget (not the first one). */
export function budgetStarts(ids: readonly (ConditionId | string)[]): boolean[] {
  const budgets = ids.map((id) => parseConditionId(id).budget);
  return budgets.map((b, i) => i > 0 && b !== budgets[i - 1]);
}

/** Human label of a condition id, e.g. "2048 tok · 1 Wait". */
export function conditionLabel(id: ConditionId | string): string {
  const c = parseConditionId(id);
  return c.rounds === 0 ? `${c.budget} tok` : `${c.budget} tok · ${c.rounds} round${c.rounds === 1 ? '' : 's'}`;
}

/** Short label for narrow places, e.g. "2048·r1". */
export function conditionShortLabel(id: ConditionId | string): string {
  const c = parseConditionId(id);
  return c.rounds === 0 ? `${c.budget}` : `${c.budget}·r${c.rounds}`;
}
