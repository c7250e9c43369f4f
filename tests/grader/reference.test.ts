/**
 * Cross-check against the Python transcription of the reference grader
 * (tests/grader/reference/m1_grader.py), which runs on Python's own `re` and `difflib`.
 */
import { describe, expect, it } from 'vitest';
import { extractAnswer, gradeAnswer, matchLetter } from '../../src/shared/grader';
import { GRADE_CASES, LETTER_CASES } from './corpus';
import { pythonMissing, rng, runReference } from './python';

describe.skipIf(pythonMissing !== null)('Python transcription of the reference grader', () => {
  it('agrees with the hand-worked expectations of the corpus', () => {
    const reply = runReference({
      grade: GRADE_CASES.map((c) => ({ answerText: c.answerText, options: c.options, answer: c.answer, answerIdx: c.answerIdx })),
      match: LETTER_CASES.map((c) => ({ text: c.text, options: c.options })),
    });
    GRADE_CASES.forEach((c, i) => {
      expect({ name: c.name, ...reply.grade[i] }).toEqual({
        name: c.name,
        extraction: c.extraction,
        closedBox: c.closedBox,
        matchedLetter: c.matchedLetter,
        rule: c.rule,
        correct: c.correct,
      });
    });
    LETTER_CASES.forEach((c, i) => {
      expect({ name: c.name, ...reply.match[i] }).toEqual({ name: c.name, letter: c.letter, rule: c.rule });
    });
  });

  it('agrees with the port on random awkward answers', () => {
    const next = rng(2504);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
    const pieces = [
      '\\boxed{', '\\fbox{', '\\text{', '{', '}', '}', '=', ' = ', ' ', ' ', '\n', '\t', 'A', 'B', 'C', 'D', 'E',
      'J', 'K', 'N', 'a', 'b', 'A ', 'a ', 'answer is', 'answer is ', 'The answer is', 'is ', '(', ')', '*', '**',
      "'", '"', '#', '## Final Response\n\n', '答案是', '选项', '为', '。', '正确', 'é', '\u0301', '²', '_', '2',
      '\u00a0', '\u0085', '\u001c', '😀', 'Ｂ', 'heparin', 'Heparin', 'aspirin', 'warfarin', 'pain', 'relief',
      'seven', 'ten', '.', ', ', 'Final Answer:', '<|im_start|>answer\n', '\\boxed', 'x', 'y',
    ];
    const optionSets: Record<string, string>[] = [
      { A: 'Aspirin', B: 'Heparin', C: 'Warfarin', D: 'Clopidogrel' },
      { A: 'pain', B: 'pain relief', C: 'x', D: 'y', E: 'relief ' },
      { A: 'one', B: 'two', C: 'three', D: 'four', E: 'five', F: 'six', G: 'seven', H: 'eight', I: 'nine', J: 'ten' },
      { A: 'yes', B: 'no', C: 'maybe' },
      { A: ' spaced ', B: 'two\nlines', C: 'Fig. 2' },
    ];
    const grade: { answerText: string; options: Record<string, string>; answer: string; answerIdx: string }[] = [];
    const match: { text: string; options: Record<string, string> }[] = [];
    for (let i = 0; i < 600; i++) {
      const n = 1 + Math.floor(next() * 14);
      const text = Array.from({ length: n }, () => pick(pieces)).join('');
      const options = pick(optionSets);
      const gold = pick(Object.keys(options));
      grade.push({ answerText: text, options, answer: options[gold], answerIdx: gold });
      match.push({ text, options });
    }
    const reply = runReference({ grade, match });
    grade.forEach((c, i) => {
      const { closedBox } = extractAnswer(c.answerText);
      expect({ input: c.answerText, closedBox, ...gradeAnswer(c.answerText, c) }).toEqual({ input: c.answerText, ...reply.grade[i] });
    });
    match.forEach((c, i) => {
      expect({ input: c.text, ...matchLetter(c.text, c.options) }).toEqual({ input: c.text, ...reply.match[i] });
    });
  });
});
