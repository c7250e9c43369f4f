import { describe, expect, it } from 'vitest';
import { conditionFullText, conditionThinking, forcingSpans } from '../../src/renderer/src/study/thinking';
import { questionHead, questionListRow } from '../../src/renderer/src/study/question-row';
import { applyQuery, EMPTY_QUERY, outcomeChanges } from '../../src/renderer/src/study/row-query';
import { budgetStarts, conditionLabel } from '../../src/renderer/src/study/ladder';
import { importRunLog } from '../../src/renderer/src/study/import-run-log';
import { runLog } from './run-log-fixture';

const trace = {
  segments: [
    { kind: 'think' as const, round: 0, text: 'abc\n', tokens: 2 },
    { kind: 'force' as const, round: 1, text: 'Wait', tokens: 1 },
    { kind: 'think' as const, round: 1, text: ' more\n', tokens: 2 },
    { kind: 'force' as const, round: 2, text: 'Wait', tokens: 1 },
    { kind: 'think' as const, round: 2, text: ' end\n', tokens: 2 },
  ],
};

describe('condition texts', () => {
  it('cuts the trace, or uses the condition’s own thinking', () => {
    expect(conditionThinking(trace, { cut: { tokens: 3, chars: 8 } })).toBe('abc\nWait');
    expect(conditionThinking(trace, { cut: { tokens: 3, chars: 8 }, thinkingText: 'own' })).toBe('own');
    expect(conditionFullText(trace, { cut: { tokens: 2, chars: 4 }, answerPrefix: '<|im_start|>answer', answerText: ' \\boxed{B}' })).toBe(
      'abc\n<|im_start|>answer \\boxed{B}',
    );
  });

  it('finds the forcing strings before the cut', () => {
    expect(forcingSpans(trace, { cut: { tokens: 10, chars: 23 } })).toEqual([
      { start: 4, end: 8 },
      { start: 14, end: 18 },
    ]);
    // A cut inside the second "Wait" clips it; a cut before it drops it.
    expect(forcingSpans(trace, { cut: { tokens: 5, chars: 16 } })).toEqual([
      { start: 4, end: 8 },
      { start: 14, end: 16 },
    ]);
    expect(forcingSpans(trace, { cut: { tokens: 5, chars: 14 } })).toEqual([{ start: 4, end: 8 }]);
    expect(forcingSpans(trace, { cut: { tokens: 5, chars: 14 }, thinkingText: 'x' })).toEqual([]);
  });
});

describe('list rows', () => {
  const { questions, rows } = importRunLog(runLog(), { studyId: 's', origin: 'f', now: 0 });

  it('shortens long questions to one line', () => {
    const head = questionHead(`${'word '.repeat(100)}\n end`);
    expect(head.length).toBe(240);
    expect(head.endsWith('…')).toBe(true);
    expect(head.includes('\n')).toBe(false);
  });

  it('filters by source and by outcome changes', () => {
    expect(questionListRow(questions[0])).toEqual(rows[0]);
    expect(outcomeChanges(rows[0])).toBe(true);
    const filter = (rs: typeof rows, source: string, changingOnly: boolean) => applyQuery(rs, { ...EMPTY_QUERY, source, changingOnly }, []);
    expect(filter(rows, 'NEJM', false).map((r) => r.key)).toEqual(['NEJM#1']);
    expect(filter(rows, '', true).map((r) => r.key)).toEqual(['MedQA_USLME_test#0', 'NEJM#1']);
    const same = { ...rows[0], outcomes: { 'b128.r0': 'wrong' as const, 'b512.r0': 'wrong' as const } };
    expect(filter([same], '', true)).toEqual([]);
  });

  it('labels conditions and marks budget starts', () => {
    expect(conditionLabel('b2048.r0')).toBe('2048 tok');
    expect(conditionLabel('b2048.r2')).toBe('2048 tok · 2 rounds');
    expect(budgetStarts(['b128.r0', 'b512.r0', 'b512.r1', 'b1024.r0'])).toEqual([false, true, false, true]);
  });
});
