/**
 * Stepping along the ladder: the next or previous budget (same rounds), or the next or previous
 * forcing round (same budget).
 */
import type { ConditionId } from '../../../shared/domain';
import { conditionId, parseConditionId } from '../../../shared/domain';

export type LadderAxis = 'budget' | 'round';

/**
 * The condition next to `from` along one axis among the given conditions, or null at the end.
 * Along "budget" the rounds stay the same; along "round" the budget stays the same.
 */
export function adjacentCondition(
  conditions: readonly ConditionId[],
  from: ConditionId,
  axis: LadderAxis,
  direction: 1 | -1,
): ConditionId | null {
  const start = parseConditionId(from);
  const candidates = conditions
    .map(parseConditionId)
    .filter((c) => (axis === 'budget' ? c.rounds === start.rounds : c.budget === start.budget))
    .map((c) => (axis === 'budget' ? c.budget : c.rounds))
    .filter((v) => (direction === 1 ? v > (axis === 'budget' ? start.budget : start.rounds) : v < (axis === 'budget' ? start.budget : start.rounds)))
    .sort((a, b) => (a - b) * direction);
  if (candidates.length === 0) return null;
  const v = candidates[0];
  return axis === 'budget' ? conditionId({ budget: v, rounds: start.rounds }) : conditionId({ budget: start.budget, rounds: v });
}

/**
 * The compared pair after one step: the right-hand condition moves to its neighbour and the left
 * takes its former place, so the diff always shows one step of the ladder. Null at the end.
 */
export function stepPair(
  conditions: readonly ConditionId[],
  pair: { left: ConditionId; right: ConditionId },
  axis: LadderAxis,
  direction: 1 | -1,
): { left: ConditionId; right: ConditionId } | null {
  if (direction === 1) {
    const next = adjacentCondition(conditions, pair.right, axis, 1);
    return next ? { left: pair.right, right: next } : null;
  }
  const prev = adjacentCondition(conditions, pair.left, axis, -1);
  return prev ? { left: prev, right: pair.left } : null;
}
