/**
 * Continuation allowances under the two budget policies.
 *
 * - strict (the workbench default): each trace's continuation gets B − its own usage, so a
 *   trace never exceeds B thinking tokens.
 * - m1-exact: the reference scripts send the whole batch at once and give every
 *   continuation of a round B − (smallest usage in the batch), usage counted after the
 *   forcing string; a single trace can then overshoot B. Computed here over the batch of
 *   questions of one run, condition by condition, round by round.
 */
import type { Condition } from '../domain';
import { isPlan, planCondition, type Allowance, type SegmentShape } from './cut';

export type BudgetPolicy = 'strict' | 'm1-exact';

/** Allowance per round (index 1..k) of condition `c` under m1-exact, over a batch of long traces. */
export function m1ExactAllowances(traces: ReadonlyArray<readonly SegmentShape[]>, c: Condition): number[] {
  const allowances: number[] = [];
  for (let r = 1; r <= c.rounds; r++) {
    let min = Infinity;
    for (const segments of traces) {
      const p = planCondition(segments, c, (round) => (round < r ? allowances[round] : undefined));
      if (!isPlan(p) && p.pending.round === r) min = Math.min(min, p.pending.used);
    }
    if (min === Infinity) break;
    allowances[r] = c.budget - min;
  }
  return allowances;
}

/** The allowance function for a known allowance table. */
export function tableAllowance(table: readonly number[]): Allowance {
  return (round) => {
    const a = table[round];
    if (a === undefined) throw new Error(`no m1-exact allowance for round ${round}`);
    return a;
  };
}

/**
 * Upper bound on any continuation's allowance for the largest budget: B − min usage, and the
 * usage after a forcing string is at least 1.
 */
export function m1ExactCap(maxBudget: number): number {
  return maxBudget - 1;
}
