/**
 * How outcomes are named and explained on screen (their colours live in styles/outcome.css,
 * keyed by data-outcome).
 */
import type { OutcomeState } from '../../../shared/domain';

export const OUTCOME_ORDER: readonly OutcomeState[] = [
  'correct',
  'wrong',
  'no-answer',
  'extraction-failed',
  'thinking-only',
];

export const OUTCOME_LABEL: Record<OutcomeState, string> = {
  correct: 'Correct',
  wrong: 'Wrong',
  'no-answer': 'No answer',
  'extraction-failed': 'Extraction failed',
  'thinking-only': 'Thinking only',
};

export const OUTCOME_DESCRIPTION: Record<OutcomeState, string> = {
  correct: 'The graded answer matches the gold option.',
  wrong: 'The graded answer is a different option.',
  'no-answer': 'The budget ran out and the answer phase produced nothing gradable.',
  'extraction-failed': 'No \\boxed or \\fbox answer; graded on the whole answer text.',
  'thinking-only': 'The answer was only given inside the thinking, not in the answer.',
};
