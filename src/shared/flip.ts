/**
 * How a question's outcome changes from one condition to another.
 *
 * - A condition counts as "no answer" when its outcome is 'no-answer'.
 * - Otherwise it is correct or not by its grade (or, without a grade, by its outcome or the
 *   verdict stored in an imported file).
 * - Two wrong answers are the same wrong answer when the letter matcher picked the same
 *   letter; when either has no matched letter, their extractions are compared
 *   (trimmed, case-insensitive).
 */
import type { ConditionResult, FlipKind } from './domain';

type State = 'correct' | 'wrong' | 'no-answer';

function stateOf(r: ConditionResult): State {
  if (r.outcome === 'no-answer') return 'no-answer';
  if (r.grade) return r.grade.correct ? 'correct' : 'wrong';
  if (r.outcome) return r.outcome === 'correct' ? 'correct' : 'wrong';
  if (r.fileCorrect !== undefined) return r.fileCorrect ? 'correct' : 'wrong';
  throw new Error(`condition b${r.condition.budget}.r${r.condition.rounds} has neither a grade nor an outcome`);
}

function sameWrongAnswer(a: ConditionResult, b: ConditionResult): boolean {
  const la = a.grade?.matchedLetter ?? null;
  const lb = b.grade?.matchedLetter ?? null;
  if (la !== null && lb !== null) return la === lb;
  const ea = a.grade?.extraction;
  const eb = b.grade?.extraction;
  if (ea === undefined || eb === undefined) return false;
  return ea.trim().toLowerCase() === eb.trim().toLowerCase();
}

export function classifyFlip(from: ConditionResult, to: ConditionResult): FlipKind {
  const a = stateOf(from);
  const b = stateOf(to);
  if (a === 'no-answer' && b === 'no-answer') return 'no-answer→no-answer';
  if (a === 'no-answer') return 'from-no-answer';
  if (b === 'no-answer') return 'to-no-answer';
  if (a === 'correct') return b === 'correct' ? 'correct→correct' : 'correct→wrong';
  if (b === 'correct') return 'wrong→correct';
  return sameWrongAnswer(from, to) ? 'wrong→same-wrong' : 'wrong→different-wrong';
}

export const FLIP_KINDS: readonly FlipKind[] = [
  'correct→correct',
  'correct→wrong',
  'wrong→correct',
  'wrong→same-wrong',
  'wrong→different-wrong',
  'to-no-answer',
  'from-no-answer',
  'no-answer→no-answer',
];

export function emptyFlipCounts(): Record<FlipKind, number> {
  return Object.fromEntries(FLIP_KINDS.map((k) => [k, 0])) as Record<FlipKind, number>;
}
