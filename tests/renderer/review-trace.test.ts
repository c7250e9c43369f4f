import { describe, expect, it } from 'vitest';
import type { ConditionId } from '../../src/shared/domain';
import { adjacentCondition, stepPair } from '../../src/renderer/src/study/adjacent-condition';
import { candidateMentions, cutAnswers } from '../../src/renderer/src/study/answer-trajectory';
import { cutMarksWithin, sharedPrefixLength } from '../../src/renderer/src/study/divergence';
import { conditionThinking, forcingSpans } from '../../src/renderer/src/study/thinking';
import { sampleStudy } from './review-sample';

describe('shared prefix', () => {
  it('measures the common prefix and never splits a surrogate pair', () => {
    expect(sharedPrefixLength('abcdef', 'abcxyz')).toBe(3);
    expect(sharedPrefixLength('abc', 'abc')).toBe(3);
    expect(sharedPrefixLength('', 'abc')).toBe(0);
    expect(sharedPrefixLength('x\u{1F600}', 'x\u{1F601}')).toBe(1);
  });
});

describe('cut marks', () => {
  it('lists the cuts of smaller conditions inside a longer thinking, merged by offset', () => {
    const q = sampleStudy().questions[0];
    const longest = q.conditions.find((c) => c.id === 'b2048.r4')!;
    const marks = cutMarksWithin(q.conditions, conditionThinking(q.trace, longest).length);
    expect(marks.map((m) => m.at)).toEqual([596, 1246, 2234, 2718, 2965]);
    expect(marks.find((m) => m.at === 2234)!.conditions).toEqual(['b512.r0', 'b1024.r0', 'b2048.r0', 'b4096.r0']);
    expect(marks[0].budget).toBe(true);
    expect(marks.find((m) => m.at === 2234)!.budget).toBe(false);
  });
});

describe('adjacent conditions', () => {
  const ladder: ConditionId[] = ['b128.r0', 'b256.r0', 'b2048.r0', 'b2048.r1', 'b2048.r2', 'b2048.r4', 'b4096.r0'];
  it('steps along budgets at the same rounds and along rounds at the same budget', () => {
    expect(adjacentCondition(ladder, 'b256.r0', 'budget', 1)).toBe('b2048.r0');
    expect(adjacentCondition(ladder, 'b256.r0', 'budget', -1)).toBe('b128.r0');
    expect(adjacentCondition(ladder, 'b4096.r0', 'budget', 1)).toBeNull();
    expect(adjacentCondition(ladder, 'b2048.r2', 'round', 1)).toBe('b2048.r4');
    expect(adjacentCondition(ladder, 'b2048.r0', 'round', -1)).toBeNull();
    expect(adjacentCondition(ladder, 'b2048.r1', 'budget', 1)).toBeNull();
  });
  it('moves the compared pair one step at a time', () => {
    expect(stepPair(ladder, { left: 'b128.r0', right: 'b256.r0' }, 'budget', 1)).toEqual({ left: 'b256.r0', right: 'b2048.r0' });
    expect(stepPair(ladder, { left: 'b256.r0', right: 'b2048.r0' }, 'budget', -1)).toEqual({ left: 'b128.r0', right: 'b256.r0' });
    expect(stepPair(ladder, { left: 'b2048.r0', right: 'b2048.r1' }, 'round', 1)).toEqual({ left: 'b2048.r1', right: 'b2048.r2' });
    expect(stepPair(ladder, { left: 'b128.r0', right: 'b256.r0' }, 'budget', -1)).toBeNull();
  });
});

describe('answer trajectory', () => {
  it('finds candidate answers in the thinking and flags a change after a forcing string', () => {
    const text = 'Looks like the answer is A here.\nWait, I misread. I’ll go with B. Option C is wrong. So the answer has to be A or B, the answer is B.';
    const wait = text.indexOf('Wait');
    const m = candidateMentions(text, ['A', 'B', 'C', 'D'], [{ start: wait, end: wait + 4 }]);
    // "Option C is wrong" and "A or B" are not candidates.
    expect(m.map((x) => x.letter)).toEqual(['A', 'B', 'B']);
    expect(m[1].at).toBe(text.indexOf('go with B'));
    expect(m[2].at).toBe(text.lastIndexOf('answer is B'));
    expect(m[0]).toMatchObject({ changed: false, afterForcing: false, round: 0 });
    expect(m[1]).toMatchObject({ changed: true, afterForcing: true, round: 1 });
    expect(m[2]).toMatchObject({ changed: false, afterForcing: false, round: 1 });
  });
  it('reads "the answer should be <text>, which is option C" as C', () => {
    const m = candidateMentions('So the answer should be azithromycin, which is option C. Then, I will go with A.', ['A', 'B', 'C'], []);
    expect(m.map((x) => [x.letter, x.changed])).toEqual([
      ['C', false],
      ['A', true],
    ]);
  });
  it('ignores letters that are not options and lower-case articles', () => {
    expect(candidateMentions('the answer is a tricky one. I will go with Z.', ['A', 'B'], [])).toEqual([]);
  });
  it('follows the graded answer from cut to cut on the sample (the forcing round changes it)', () => {
    const q = sampleStudy().questions.find((x) => x.key === 'MedMCQA_validation#0') ?? sampleStudy().questions[1];
    const longest = q.conditions.reduce((a, b) => (b.cut.chars > a.cut.chars ? b : a));
    const forcing = forcingSpans(q.trace, longest);
    const answers = cutAnswers(q.conditions, forcing);
    expect(answers.map((a) => a.at)).toEqual([...answers.map((a) => a.at)].sort((a, b) => a - b));
    const changes = answers.filter((a) => a.changed);
    expect(changes.length).toBeGreaterThan(0);
    // The first round after 2048 tokens changes the answer, and a Wait sits before it.
    const afterWait = answers.find((a) => a.conditionId === 'b2048.r1')!;
    expect(afterWait.afterForcing).toBe(true);
    expect(answers.find((a) => a.conditionId === 'b128.r0')!.afterForcing).toBe(false);
    // "C. Intravenous …" graded correct reads as the gold letter, so no change is seen there.
    const q0 = sampleStudy().questions[0];
    const q0answers = cutAnswers(q0.conditions, forcingSpans(q0.trace, q0.conditions.reduce((a, b) => (b.cut.chars > a.cut.chars ? b : a))), q0.item.answerIdx);
    expect(q0answers.every((a) => a.answer === 'C')).toBe(true);
    expect(q0answers.some((a) => a.changed)).toBe(false);
  });
});
