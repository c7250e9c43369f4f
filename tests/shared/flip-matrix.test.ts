import { describe, expect, it } from 'vitest';
import type { ConditionId, ConditionResult, GradeResult, OutcomeState } from '../../src/shared/domain';
import { classifyFlip, FLIP_KINDS } from '../../src/shared/flip';
import { answerKey, flipKindOf, flipMatrix, ladderTransitions, rowFlipKind, type FlipRow } from '../../src/shared/flip-matrix';

const A: ConditionId = 'b128.r0';
const B: ConditionId = 'b2048.r0';
const C: ConditionId = 'b2048.r1';

function row(key: string, o: Partial<Record<ConditionId, OutcomeState>>, answers?: Partial<Record<ConditionId, string>>): FlipRow {
  return answers ? { key, outcomes: o, answers } : { key, outcomes: o };
}

describe('flipKindOf', () => {
  it('names every kind', () => {
    expect(flipKindOf('correct', 'correct', 'A', 'A')).toBe('correct→correct');
    expect(flipKindOf('correct', 'wrong', 'A', 'B')).toBe('correct→wrong');
    expect(flipKindOf('wrong', 'correct', 'B', 'A')).toBe('wrong→correct');
    expect(flipKindOf('wrong', 'wrong', 'B', 'B')).toBe('wrong→same-wrong');
    expect(flipKindOf('wrong', 'wrong', 'B', 'C')).toBe('wrong→different-wrong');
    expect(flipKindOf('correct', 'no-answer', 'A', undefined)).toBe('to-no-answer');
    expect(flipKindOf('no-answer', 'wrong', undefined, 'B')).toBe('from-no-answer');
    expect(flipKindOf('no-answer', 'no-answer', undefined, undefined)).toBe('no-answer→no-answer');
  });

  it('counts extraction failures and thinking-only answers as wrong answers', () => {
    expect(flipKindOf('extraction-failed', 'correct', 'x', 'A')).toBe('wrong→correct');
    expect(flipKindOf('correct', 'thinking-only', 'A', 'B')).toBe('correct→wrong');
    expect(flipKindOf('thinking-only', 'extraction-failed', 'b', 'b')).toBe('wrong→same-wrong');
  });

  it('treats a missing answer key as a different wrong answer', () => {
    expect(flipKindOf('wrong', 'wrong', undefined, 'B')).toBe('wrong→different-wrong');
    expect(flipKindOf('wrong', 'wrong', undefined, undefined)).toBe('wrong→different-wrong');
  });

  it('agrees with classifyFlip on graded condition results', () => {
    const grades: [OutcomeState, GradeResult][] = [
      ['correct', { extraction: 'A', matchedLetter: null, rule: 'single-letter', correct: true }],
      ['wrong', { extraction: 'B', matchedLetter: 'B', rule: 'standalone-letter', correct: false }],
      ['wrong', { extraction: ' Aspirin ', matchedLetter: null, rule: 'option-text', correct: false }],
      ['extraction-failed', { extraction: 'aspirin', matchedLetter: null, rule: 'option-text', correct: false }],
      ['no-answer', { extraction: '', matchedLetter: 'C', rule: 'similarity', correct: false }],
    ];
    const result = (outcome: OutcomeState, grade: GradeResult): ConditionResult => ({
      condition: { budget: 1, rounds: 0 },
      cut: { tokens: 0, chars: 0 },
      roundsDone: 0,
      thinkingFinish: 'stop',
      answerPrefix: '',
      answerText: 'x',
      grade,
      outcome,
      tokens: { thinking: 0, answer: 0 },
    });
    for (const [oa, ga] of grades) {
      for (const [ob, gb] of grades) {
        expect(flipKindOf(oa, ob, answerKey(ga), answerKey(gb))).toBe(classifyFlip(result(oa, ga), result(ob, gb)));
      }
    }
  });
});

describe('flipMatrix', () => {
  const rows: FlipRow[] = [
    row('q1', { [A]: 'correct', [B]: 'correct', [C]: 'wrong' }, { [A]: 'A', [B]: 'A', [C]: 'B' }),
    row('q2', { [A]: 'wrong', [B]: 'correct', [C]: 'correct' }, { [A]: 'B', [B]: 'A', [C]: 'A' }),
    row('q3', { [A]: 'wrong', [B]: 'wrong', [C]: 'wrong' }, { [A]: 'B', [B]: 'B', [C]: 'D' }),
    row('q4', { [A]: 'no-answer', [B]: 'wrong', [C]: 'no-answer' }),
    row('q5', { [A]: 'correct' }),
    row('q6', { [A]: 'wrong', [B]: 'correct', [C]: 'correct' }, { [A]: 'C', [B]: 'A', [C]: 'A' }),
  ];

  it('counts each question once, keeps keys per cell in input order, and reports missing ones', () => {
    const m = flipMatrix(rows, A, B);
    expect(m.from).toBe(A);
    expect(m.to).toBe(B);
    expect(m.total).toBe(5);
    expect(m.missing).toBe(1);
    expect(m.counts['correct→correct']).toBe(1);
    expect(m.counts['wrong→correct']).toBe(2);
    expect(m.keys['wrong→correct']).toEqual(['q2', 'q6']);
    expect(m.counts['wrong→same-wrong']).toBe(1);
    expect(m.counts['from-no-answer']).toBe(1);
    expect(Object.keys(m.counts).sort()).toEqual([...FLIP_KINDS].sort());
    expect(FLIP_KINDS.reduce((s, k) => s + m.counts[k], 0)).toBe(m.total);
  });

  it('is not symmetric: swapping the conditions swaps the direction', () => {
    const m = flipMatrix(rows, B, A);
    expect(m.counts['correct→wrong']).toBe(2);
    expect(m.counts['to-no-answer']).toBe(1);
  });

  it('rowFlipKind is undefined without both conditions', () => {
    expect(rowFlipKind(rows[4], A, B)).toBeUndefined();
    expect(rowFlipKind(rows[2], B, C)).toBe('wrong→different-wrong');
  });
});

describe('ladderTransitions', () => {
  it('gives one matrix per consecutive pair of the ladder', () => {
    const rows = [row('q1', { [A]: 'wrong', [B]: 'correct', [C]: 'wrong' }, { [A]: 'B', [B]: 'A', [C]: 'B' })];
    const t = ladderTransitions(rows, [A, B, C]);
    expect(t.map((m) => [m.from, m.to])).toEqual([
      [A, B],
      [B, C],
    ]);
    expect(t[0].counts['wrong→correct']).toBe(1);
    expect(t[1].counts['correct→wrong']).toBe(1);
    expect(ladderTransitions(rows, [A])).toEqual([]);
  });
});

describe('answerKey', () => {
  it('prefers the matched letter, else the trimmed lower-cased extraction', () => {
    expect(answerKey({ matchedLetter: 'C', extraction: 'whatever' })).toBe('C');
    expect(answerKey({ matchedLetter: null, extraction: '  Beta Blocker ' })).toBe('beta blocker');
    expect(answerKey({ matchedLetter: null, extraction: ' b' })).toBe('B');
  });
});
