/** How flip kinds are named on screen. */
import type { FlipKind } from '../../../shared/domain';

export const FLIP_LABEL: Record<FlipKind, string> = {
  'correct→correct': 'correct → correct',
  'correct→wrong': 'correct → wrong',
  'wrong→correct': 'wrong → correct',
  'wrong→same-wrong': 'wrong → same wrong',
  'wrong→different-wrong': 'wrong → different wrong',
  'to-no-answer': 'answer → no answer',
  'from-no-answer': 'no answer → answer',
  'no-answer→no-answer': 'no answer → no answer',
};

/** data-flip attribute values for colours. */
export const FLIP_TONE: Record<FlipKind, 'stable' | 'broken' | 'rescued' | 'wandered' | 'none'> = {
  'correct→correct': 'stable',
  'correct→wrong': 'broken',
  'wrong→correct': 'rescued',
  'wrong→same-wrong': 'stable',
  'wrong→different-wrong': 'wandered',
  'to-no-answer': 'broken',
  'from-no-answer': 'rescued',
  'no-answer→no-answer': 'none',
};
