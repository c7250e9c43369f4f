import { describe, expect, it } from 'vitest';
import { gridConditions, validateGrid } from '../../src/engine';
import { validateItems } from '../../src/engine/sweep/grid';
import { testItems } from './fixture';

describe('sweep grid', () => {
  it('lists every (budget, rounds) pair in ladder order', () => {
    expect(gridConditions({ budgets: [256, 128], rounds: [2, 0] })).toEqual([
      { budget: 128, rounds: 0 },
      { budget: 128, rounds: 2 },
      { budget: 256, rounds: 0 },
      { budget: 256, rounds: 2 },
    ]);
  });

  it('names the bad field of a grid', () => {
    expect(() => validateGrid({ budgets: [128, 0], rounds: [0] })).toThrow(/grid\.budgets\[1\]: a budget must be a positive integer, got 0/);
    expect(() => validateGrid({ budgets: [128], rounds: [-1] })).toThrow(/grid\.rounds\[0\]/);
    expect(() => validateGrid({ budgets: [], rounds: [0] })).toThrow(/grid\.budgets/);
  });

  it('names the question and field of a bad item, and refuses duplicates', () => {
    const [a, b] = testItems(2);
    expect(() => validateItems([a, { ...b, answerIdx: 'Q' }])).toThrow(/question EngineTest#1: field answerIdx: gold letter is not an option/);
    expect(() => validateItems([a, a])).toThrow(/EngineTest#0 appears twice/);
    expect(() => validateItems([])).toThrow(/no questions/);
  });
});
