import { describe, expect, it } from 'vitest';
import type { ConditionResult, GradeResult } from '../../src/shared/domain';
import { classifyFlip } from '../../src/shared/flip';
import { adjacentPairs, ladderOrder } from '../../src/shared/ladder';

function result(grade: Partial<GradeResult> | null, outcome?: ConditionResult['outcome']): ConditionResult {
  return {
    condition: { budget: 128, rounds: 0 },
    cut: { tokens: 0, chars: 0 },
    roundsDone: 0,
    thinkingFinish: 'stop',
    answerPrefix: '',
    answerText: '',
    ...(grade ? { grade: { extraction: '', matchedLetter: null, rule: 'answer-is', correct: false, ...grade } } : {}),
    ...(outcome ? { outcome } : {}),
    tokens: { thinking: 0, answer: 0 },
  };
}
const right = result({ correct: true, extraction: 'B', rule: 'single-letter' }, 'correct');
const wrongA = result({ correct: false, extraction: 'A', matchedLetter: 'A' }, 'wrong');
const wrongA2 = result({ correct: false, extraction: 'the answer is A', matchedLetter: 'A' }, 'extraction-failed');
const wrongC = result({ correct: false, extraction: 'C', matchedLetter: 'C' }, 'wrong');
const none = result({ correct: false, extraction: ' ', matchedLetter: 'D' }, 'no-answer');

describe('classifyFlip', () => {
  it('covers every kind', () => {
    expect(classifyFlip(right, right)).toBe('correct→correct');
    expect(classifyFlip(right, wrongA)).toBe('correct→wrong');
    expect(classifyFlip(wrongA, right)).toBe('wrong→correct');
    expect(classifyFlip(wrongA, wrongA2)).toBe('wrong→same-wrong');
    expect(classifyFlip(wrongA, wrongC)).toBe('wrong→different-wrong');
    expect(classifyFlip(right, none)).toBe('to-no-answer');
    expect(classifyFlip(wrongA, none)).toBe('to-no-answer');
    expect(classifyFlip(none, right)).toBe('from-no-answer');
    expect(classifyFlip(none, none)).toBe('no-answer→no-answer');
  });

  it('compares extractions when a matched letter is missing', () => {
    const x = result({ correct: false, extraction: ' Foo ', matchedLetter: null });
    const y = result({ correct: false, extraction: 'foo', matchedLetter: 'A' });
    const z = result({ correct: false, extraction: 'bar', matchedLetter: null });
    expect(classifyFlip(x, y)).toBe('wrong→same-wrong');
    expect(classifyFlip(x, z)).toBe('wrong→different-wrong');
  });

  it('falls back to the outcome or the stored verdict without a grade, and refuses neither', () => {
    expect(classifyFlip(result(null, 'correct'), result(null, 'wrong'))).toBe('correct→wrong');
    expect(classifyFlip({ ...result(null), fileCorrect: false }, { ...result(null), fileCorrect: true })).toBe('wrong→correct');
    expect(() => classifyFlip(result(null), right)).toThrow(/neither a grade nor an outcome/);
  });
});

describe('ladder', () => {
  const grid = [
    { budget: 2048, rounds: 4 },
    { budget: 128, rounds: 0 },
    { budget: 2048, rounds: 0 },
    { budget: 512, rounds: 0 },
    { budget: 2048, rounds: 1 },
    { budget: 128, rounds: 0 },
    { budget: 4096, rounds: 2 },
  ];
  it('orders by budget then rounds without duplicates', () => {
    expect(ladderOrder(grid).map((c) => `${c.budget}/${c.rounds}`)).toEqual(['128/0', '512/0', '2048/0', '2048/1', '2048/4', '4096/2']);
  });
  it('pairs neighbours along budget at rounds 0 and along rounds per budget', () => {
    expect(adjacentPairs(grid).map((p) => `${p.axis}:${p.from.budget}/${p.from.rounds}>${p.to.budget}/${p.to.rounds}`)).toEqual([
      'budget:128/0>512/0',
      'budget:512/0>2048/0',
      'rounds:2048/0>2048/1',
      'rounds:2048/1>2048/4',
    ]);
  });
});
