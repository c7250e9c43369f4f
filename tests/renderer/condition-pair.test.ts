import { describe, expect, it } from 'vitest';
import type { ConditionId } from '../../src/shared/domain';
import { defaultConditionPair } from '../../src/renderer/src/study/condition-pair';

const ladder: ConditionId[] = ['b128.r0', 'b512.r0', 'b2048.r0', 'b2048.r1', 'b2048.r2'];

describe('defaultConditionPair', () => {
  it('takes the smallest and largest budget at 0 rounds when all agree', () => {
    const all = Object.fromEntries(ladder.map((id) => [id, 'correct' as const]));
    expect(defaultConditionPair(ladder, all)).toEqual({ left: 'b128.r0', right: 'b2048.r0' });
  });

  it('keeps the budget ends when they differ', () => {
    expect(
      defaultConditionPair(ladder, { 'b128.r0': 'wrong', 'b512.r0': 'correct', 'b2048.r0': 'correct', 'b2048.r1': 'wrong', 'b2048.r2': 'wrong' }),
    ).toEqual({ left: 'b128.r0', right: 'b2048.r0' });
  });

  it('picks the first change along the ladder when the ends agree', () => {
    expect(
      defaultConditionPair(ladder, { 'b128.r0': 'correct', 'b512.r0': 'correct', 'b2048.r0': 'correct', 'b2048.r1': 'wrong', 'b2048.r2': 'wrong' }),
    ).toEqual({ left: 'b2048.r0', right: 'b2048.r1' });
  });

  it('falls back to the ladder ends without rounds-0 conditions, and to null without conditions', () => {
    expect(defaultConditionPair(['b512.r1', 'b512.r2'], {})).toEqual({ left: 'b512.r1', right: 'b512.r2' });
    expect(defaultConditionPair([], {})).toBeNull();
  });
});
