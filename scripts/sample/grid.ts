/**
 * The sample study's condition grid: a budget sweep without forcing, and a forcing sweep
 * at one budget, as in the m1 paper (shortened).
 */
import type { Condition } from '../../src/shared/domain';
import { ladderOrder } from '../../src/shared/ladder';

export const SAMPLE_BUDGETS = [128, 256, 512, 1024, 2048, 4096] as const;
/** The budget at which the forcing rounds are run. */
export const FORCING_BUDGET = 2048;
export const FORCING_ROUNDS = [1, 2, 4] as const;
/** The forcing string, as in the reference scripts. */
export const FORCING_STRING = 'Wait';

/** All nine conditions, in ladder order (budget, then rounds). */
export const SAMPLE_CONDITIONS: readonly Condition[] = ladderOrder([
  ...SAMPLE_BUDGETS.map((budget) => ({ budget, rounds: 0 })),
  ...FORCING_ROUNDS.map((rounds) => ({ budget: FORCING_BUDGET, rounds })),
]);

export const LARGEST_BUDGET = Math.max(...SAMPLE_BUDGETS);
export const MAX_ROUNDS = Math.max(...FORCING_ROUNDS);
