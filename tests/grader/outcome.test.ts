import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../src/shared/grader';
import { classifyOutcome } from '../../src/shared/outcome';

const ITEM = { options: { A: 'Aspirin', B: 'Heparin', C: 'Warfarin', D: 'Clopidogrel' }, answer: 'Heparin', answerIdx: 'B' };
const STOP = '\n<|im_start|>answer';
const LENGTH = '\n<|im_start|>answer\nFinal Answer:';

function outcome(thinkingText: string, answerPrefix: string, answerText: string) {
  const grade = gradeAnswer(answerPrefix + answerText, ITEM);
  return { grade, state: classifyOutcome({ thinkingText, answerPrefix, answerText, grade }) };
}

describe('classifyOutcome', () => {
  it('correct when the grade is correct', () => {
    expect(outcome('think', STOP, '\nThe answer is \\boxed{B}').state).toBe('correct');
  });

  it('correct wins even without a box, as the reference counted it', () => {
    const r = outcome('think', LENGTH, ' Heparin');
    expect(r.grade.correct).toBe(true);
    expect(r.state).toBe('correct');
  });

  it('no-answer when the generated answer is empty', () => {
    const r = outcome('the answer is \\boxed{B} maybe', LENGTH, '');
    expect(r.grade.correct).toBe(false);
    expect(r.state).toBe('no-answer');
  });

  it('no-answer when the generated answer is Python whitespace only', () => {
    expect(outcome('x', STOP, ' \n\t\u0085\u3000').state).toBe('no-answer');
  });

  it('thinking-only when only the thinking holds a boxed answer', () => {
    expect(outcome('so \\boxed{C} it is', LENGTH, ' I need more time to decide.').state).toBe('thinking-only');
  });

  it('thinking-only when only the thinking says "answer is X"', () => {
    expect(outcome('I believe the answer is C.\nWait', STOP, '\nUnsure.').state).toBe('thinking-only');
  });

  it('thinking-only when the answer box never closes', () => {
    expect(outcome('\\fbox{C}', STOP, '\n\\boxed{C').state).toBe('thinking-only');
  });

  it('extraction-failed when the answer says "answer is X" without a box', () => {
    expect(outcome('\\boxed{C}', STOP, '\nThe answer is C').state).toBe('extraction-failed');
  });

  it('extraction-failed when neither part has a box or "answer is X"', () => {
    expect(outcome('thinking about warfarin', STOP, '\nWarfarin seems right').state).toBe('extraction-failed');
  });

  it('extraction-failed when the thinking box never closes', () => {
    expect(outcome('\\boxed{C', STOP, '\nprobably C').state).toBe('extraction-failed');
  });

  it('wrong when a boxed answer was extracted and is not the gold one', () => {
    expect(outcome('\\boxed{B}', STOP, '\n\\boxed{C}').state).toBe('wrong');
  });

  it('wrong for a wrong \\fbox answer', () => {
    expect(outcome('', STOP, '\n\\fbox{Warfarin}').state).toBe('wrong');
  });
});
