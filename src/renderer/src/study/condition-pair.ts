/**
 * Which two conditions the question view compares by default.
 */
import type { ConditionId, OutcomeState } from '../../../shared/domain';
import { parseConditionId } from '../../../shared/domain';

export interface ConditionPair {
  left: ConditionId;
  right: ConditionId;
}

/**
 * Default pair for a question whose conditions are given in ladder order:
 * - when the smallest and the largest budget at 0 rounds differ in outcome, those two;
 * - else, when any two conditions differ, the first change along the ladder (the condition just
 *   before it and the first one after it);
 * - else the smallest and the largest budget at 0 rounds (or the ladder's ends).
 * Returns null for a question without conditions.
 */
export function defaultConditionPair(
  ladder: readonly ConditionId[],
  outcomes: Readonly<Record<string, OutcomeState | undefined>>,
): ConditionPair | null {
  if (ladder.length === 0) return null;
  const plain = ladder.filter((id) => parseConditionId(id).rounds === 0);
  const ends: ConditionPair =
    plain.length > 0
      ? { left: plain[0], right: plain[plain.length - 1] }
      : { left: ladder[0], right: ladder[ladder.length - 1] };
  if (outcomes[ends.left] !== outcomes[ends.right]) return ends;
  for (let i = 1; i < ladder.length; i++) {
    if (outcomes[ladder[i]] !== outcomes[ladder[i - 1]]) return { left: ladder[i - 1], right: ladder[i] };
  }
  return ends;
}
