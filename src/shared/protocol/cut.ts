/**
 * Where each condition's thinking ends inside a question's one long thinking trace.
 *
 * With greedy decoding the trace of condition (B, k) is a prefix of the trace of any
 * condition that forces at least as often under at least as large a budget, so the trace
 * generated for the largest condition of the grid contains every other one. This module
 * replays the protocol on that trace's segment structure (token counts and finish reasons
 * only) and tells where each condition stops:
 * - phase 1 gets the budget B; n natural tokens < B end with `stop`, otherwise the first
 *   B tokens end with `length` (the stop after exactly B tokens is never sampled);
 * - a round happens only after a natural stop, only while rounds remain, only if the
 *   tokens used so far are below B, and only if they stay below B once the forcing
 *   string's tokens are counted (otherwise the forcing string is not appended);
 * - the continuation gets an allowance (strict: B − used; m1-exact: B − the smallest usage
 *   in the batch, see allowance.ts) and ends like phase 1.
 * Pure; usable in Node and in the browser.
 */
import type { Condition, FinishReason, TraceSegment } from '../domain';

export type SegmentShape = Pick<TraceSegment, 'kind' | 'round' | 'tokens' | 'finish'>;

export interface ConditionPlan {
  condition: Condition;
  /** Thinking tokens before the cut (engine count, forcing strings included). */
  tokens: number;
  /** Forcing rounds that happened. */
  roundsDone: number;
  /** How the last thinking segment before the cut ended. */
  finish: FinishReason;
  /** The cut keeps segments[0 .. fullSegments) whole ... */
  fullSegments: number;
  /** ... plus this many tokens of segments[fullSegments] (0: none). */
  partialTokens: number;
}

/** Usage of a trace right before the continuation of `round`, forcing string included. */
export interface PendingRound {
  round: number;
  used: number;
}

/**
 * Tokens the continuation of `round` may generate, given the usage after the forcing
 * string; undefined when it is not known yet (m1-exact before the batch minimum is known).
 */
export type Allowance = (round: number, usedAfterForce: number) => number | undefined;

export const strictAllowance =
  (budget: number): Allowance =>
  (_round, used) =>
    budget - used;

export class TraceTooShortError extends Error {}

/**
 * Replay condition `c` on the segments of a long trace. Returns the plan, or the pending
 * round when the allowance for it is not known yet.
 */
export function planCondition(
  segments: readonly SegmentShape[],
  c: Condition,
  allowance: Allowance = strictAllowance(c.budget),
): ConditionPlan | { pending: PendingRound } {
  const B = c.budget;
  let used = 0;
  let rounds = 0;
  let i = 0;

  // One generation over segments[i] with `limit` tokens allowed.
  const take = (limit: number): ConditionPlan | null => {
    const seg = segments[i];
    if (!seg || seg.kind !== 'think') throw new TraceTooShortError(`trace has no thinking segment at ${i} for ${B}/${c.rounds}`);
    if (seg.tokens >= limit) {
      return { condition: c, tokens: used + limit, roundsDone: rounds, finish: 'length', fullSegments: i + (seg.tokens === limit ? 1 : 0), partialTokens: seg.tokens === limit ? 0 : limit };
    }
    if (seg.finish !== 'stop') {
      throw new TraceTooShortError(`trace segment ${i} ends after ${seg.tokens} tokens by length, but condition b${B}.r${c.rounds} needs ${limit}`);
    }
    used += seg.tokens;
    i++;
    return null;
  };

  const stopHere = (): ConditionPlan => ({ condition: c, tokens: used, roundsDone: rounds, finish: 'stop', fullSegments: i, partialTokens: 0 });

  const first = take(B);
  if (first) return first;
  for (;;) {
    if (rounds >= c.rounds || used >= B) return stopHere();
    const force = segments[i];
    // The long trace did not force here, so no smaller condition does either.
    if (!force || force.kind !== 'force') return stopHere();
    if (used + force.tokens >= B) return stopHere();
    const afterForce = used + force.tokens;
    const limit = allowance(rounds + 1, afterForce);
    if (limit === undefined) return { pending: { round: rounds + 1, used: afterForce } };
    if (limit <= 0) throw new Error(`allowance ${limit} for round ${rounds + 1} of b${B}.r${c.rounds} is not positive`);
    used = afterForce;
    rounds++;
    i++;
    const cont = take(limit);
    if (cont) return cont;
  }
}

export function isPlan(p: ConditionPlan | { pending: PendingRound }): p is ConditionPlan {
  return !('pending' in p);
}

/** Plan every condition under the strict per-trace budget. */
export function planStrict(segments: readonly SegmentShape[], conditions: readonly Condition[]): ConditionPlan[] {
  return conditions.map((c) => {
    const p = planCondition(segments, c);
    if (!isPlan(p)) throw new Error('strict allowance is always known');
    return p;
  });
}
