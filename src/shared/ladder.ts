/**
 * The condition ladder: conditions ordered by budget then rounds, and the pairs of
 * neighbouring conditions along each axis (budget at rounds 0; rounds at a fixed budget).
 */
import { compareConditions, conditionId, type Condition } from './domain';

/** Conditions sorted by budget, then rounds, without duplicates. */
export function ladderOrder(conditions: Iterable<Condition>): Condition[] {
  const seen = new Map<string, Condition>();
  for (const c of conditions) {
    const id = conditionId(c);
    if (!seen.has(id)) seen.set(id, { budget: c.budget, rounds: c.rounds });
  }
  return [...seen.values()].sort(compareConditions);
}

export type LadderAxis = 'budget' | 'rounds';

export interface AdjacentPair {
  from: Condition;
  to: Condition;
  /** "budget": neighbouring budgets at rounds 0; "rounds": neighbouring rounds at one budget. */
  axis: LadderAxis;
}

/**
 * Adjacent pairs: along the budget axis among the conditions with 0 rounds, then along the
 * rounds axis at each budget (in budget order).
 */
export function adjacentPairs(conditions: Iterable<Condition>): AdjacentPair[] {
  const ordered = ladderOrder(conditions);
  const pairs: AdjacentPair[] = [];
  const atZero = ordered.filter((c) => c.rounds === 0);
  for (let i = 1; i < atZero.length; i++) pairs.push({ from: atZero[i - 1], to: atZero[i], axis: 'budget' });
  const budgets = [...new Set(ordered.map((c) => c.budget))];
  for (const budget of budgets) {
    const row = ordered.filter((c) => c.budget === budget);
    for (let i = 1; i < row.length; i++) pairs.push({ from: row[i - 1], to: row[i], axis: 'rounds' });
  }
  return pairs;
}
