import type { GradeResult, OutcomeState } from './domain';
import { extractAnswer } from './grader/extract';
import { isBlank, PY_SPACE } from './grader/python-text';

/**
 * What a condition's answer was worth, decided in this order:
 * 1. 'correct': the grade says correct (whatever else holds; the reference counted it).
 * 2. 'no-answer': the generated answer text (without the prefix) is empty or whitespace.
 * 3. 'thinking-only': the answer (prefix + generated text) has neither a closed
 *    `\boxed{…}`/`\fbox{…}` nor an "answer is X" (X a capital A–N), while the thinking
 *    has one of them: the model answered only inside its thinking.
 * 4. 'extraction-failed': no closed `\boxed{…}`/`\fbox{…}` in the answer, so grading fell
 *    back to the whole answer text.
 * 5. 'wrong': an answer was extracted and it is not the gold one.
 */

const ANSWER_IS = new RegExp(`answer is${PY_SPACE}*?[A-N]`, 'su');

function hasAnswer(text: string): boolean {
  return extractAnswer(text).closedBox || ANSWER_IS.test(text);
}

export function classifyOutcome(args: {
  thinkingText: string;
  answerPrefix: string;
  answerText: string;
  grade: GradeResult;
}): OutcomeState {
  if (args.grade.correct) return 'correct';
  if (isBlank(args.answerText)) return 'no-answer';
  const answer = args.answerPrefix + args.answerText;
  if (!hasAnswer(answer) && hasAnswer(args.thinkingText)) return 'thinking-only';
  if (!extractAnswer(answer).closedBox) return 'extraction-failed';
  return 'wrong';
}
