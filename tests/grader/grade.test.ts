import { describe, expect, it } from 'vitest';
import { extractAnswer, gradeAnswer } from '../../src/shared/grader';
import { GRADE_CASES } from './corpus';

describe('gradeAnswer on the hand-worked corpus', () => {
  it('has at least 60 cases', () => {
    expect(GRADE_CASES.length).toBeGreaterThanOrEqual(60);
  });

  for (const c of GRADE_CASES) {
    it(c.name, () => {
      const item = { options: c.options, answer: c.answer, answerIdx: c.answerIdx };
      expect(extractAnswer(c.answerText)).toEqual({ extraction: c.extraction, closedBox: c.closedBox });
      expect(gradeAnswer(c.answerText, item)).toEqual({
        extraction: c.extraction,
        matchedLetter: c.matchedLetter,
        rule: c.rule,
        correct: c.correct,
      });
    });
  }
});
