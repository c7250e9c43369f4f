import { describe, expect, it } from 'vitest';
import { traceText, type Trace } from '../../src/shared/domain';
import { parseRunLog } from '../../src/shared/runlog';
import { answerPrefix } from '../../scripts/sample/answer';
import { cutTrace } from '../../scripts/sample/cut';
import { forcingText, growTrace } from '../../scripts/sample/round';
import { buildRecord, sampleStudyText } from '../../scripts/sample/study';
import { countTokens, tokenEnd } from '../../scripts/sample/tokens';
import type { SampleModule, SampleQuestion } from '../../scripts/sample/types';

describe('approximate token counter', () => {
  it('counts words, punctuation marks and newline runs', () => {
    expect(countTokens('')).toBe(0);
    expect(countTokens('Okay, so the question is about β-blockers.')).toBe(11);
    expect(countTokens('one\n\ntwo\nthree  ')).toBe(5);
    expect(countTokens('7.24')).toBe(3);
  });

  it('finds the end of the first n tokens', () => {
    const text = 'Okay, so the answer';
    expect(tokenEnd(text, 0)).toBe(0);
    expect(text.slice(0, tokenEnd(text, 2))).toBe('Okay,');
    expect(text.slice(0, tokenEnd(text, 3))).toBe('Okay, so');
    expect(tokenEnd(text, 5)).toBe(text.length);
    expect(tokenEnd('end.  ', 9)).toBe(6);
  });
});

describe('forcing string spacing', () => {
  it('adds a space only after a trailing space', () => {
    expect(forcingText('So C.\n', 'Wait')).toBe('Wait');
    expect(forcingText('So C. ', 'Wait')).toBe(' Wait');
    expect(forcingText('So C.', 'Wait')).toBe('Wait');
  });
});

describe('answer prefix', () => {
  it('follows the protocol after a stop and after a budget cut', () => {
    expect(answerPrefix('So C.\n', 'stop')).toBe('<|im_start|>answer');
    expect(answerPrefix('So C.', 'stop')).toBe('\n<|im_start|>answer');
    expect(answerPrefix('and then the', 'length')).toBe('\n<|im_start|>answer\nFinal Answer:');
    expect(answerPrefix('and then\n', 'length')).toBe('<|im_start|>answer\nFinal Answer:');
  });
});

const grow = { largestBudget: 20, forcingBudget: 12, maxRounds: 4, forcing: 'Wait' };

describe('growing a trace', () => {
  it('cuts round 0 at the largest budget and gives it no rounds', () => {
    const long = 'word '.repeat(30);
    const trace = growTrace(long, [], grow, 'q');
    expect(trace.segments).toHaveLength(1);
    expect(trace.segments[0]).toMatchObject({ tokens: 20, finish: 'length' });
    expect(trace.segments[0].text).toBe('word '.repeat(19) + 'word');
  });

  it('forces rounds after a natural stop, each forcing string counted as used', () => {
    const trace = growTrace('So it is C.\n', [', yes C.\n', ', let me check again.\n'], { ...grow, forcingBudget: 30, maxRounds: 2 }, 'q');
    expect(trace.segments.map((s) => [s.kind, s.round, s.tokens, s.finish])).toEqual([
      ['think', 0, 6, 'stop'],
      ['force', 1, 1, undefined],
      ['think', 1, 5, 'stop'],
      ['force', 2, 1, undefined],
      ['think', 2, 7, 'stop'],
    ]);
    expect(traceText(trace)).toBe('So it is C.\nWait, yes C.\nWait, let me check again.\n');
  });

  it('cuts a continuation at the forcing budget and forces no further round', () => {
    const trace = growTrace('a b c d e\n', ['f g h i j k l m\n'], grow, 'q');
    // 6 + 1 + 5 of the 9 continuation tokens = 12
    expect(trace.segments.map((s) => [s.kind, s.tokens, s.finish])).toEqual([
      ['think', 6, 'stop'],
      ['force', 1, undefined],
      ['think', 5, 'length'],
    ]);
    expect(traceText(trace)).toBe('a b c d e\nWaitf g h i j');
  });

  it('stops forcing when the forcing string would use up the budget', () => {
    const eleven = 'a b c d e f g h i j\n';
    expect(countTokens(eleven)).toBe(11);
    expect(growTrace(eleven, [], grow, 'q').segments).toHaveLength(1);
  });

  it('names the question and the field when a round has no continuation or a continuation is never reached', () => {
    expect(() => growTrace('So C.\n', [], grow, 'file.ts: question 1')).toThrow(/file\.ts: question 1: field continuations: round 1 is reached/);
    expect(() => growTrace('word '.repeat(30), ['x\n'], grow, 'file.ts: question 2')).toThrow(
      /file\.ts: question 2: field continuations: 1 given but only 0 round/,
    );
  });
});

describe('cutting a trace', () => {
  const trace: Trace = {
    segments: [
      { kind: 'think', round: 0, text: 'one two three four\n', tokens: 5, finish: 'stop' },
      { kind: 'force', round: 1, text: 'Wait', tokens: 1 },
      { kind: 'think', round: 1, text: ', five six seven\n', tokens: 5, finish: 'stop' },
    ],
  };

  it('cuts inside round 0 at a smaller budget', () => {
    const p = cutTrace(trace, { budget: 3, rounds: 0 }, 1);
    expect(p).toMatchObject({ cut: { tokens: 3, chars: 'one two three'.length }, thinkingFinish: 'length', roundsDone: 0 });
  });

  it('keeps round 0 whole when it stopped under the budget', () => {
    const p = cutTrace(trace, { budget: 100, rounds: 0 }, 1);
    expect(p).toMatchObject({ cut: { tokens: 5, chars: 19 }, thinkingFinish: 'stop', roundsDone: 0 });
  });

  it('includes forcing rounds and cuts a continuation at the budget', () => {
    expect(cutTrace(trace, { budget: 100, rounds: 1 }, 1)).toMatchObject({ cut: { tokens: 11 }, thinkingFinish: 'stop', roundsDone: 1 });
    const p = cutTrace(trace, { budget: 8, rounds: 1 }, 1);
    expect(p).toMatchObject({ cut: { tokens: 8 }, thinkingFinish: 'length', roundsDone: 1 });
    expect(p.text).toBe('one two three four\nWait, five');
  });

  it('refuses a condition that the trace is too short for', () => {
    expect(() => cutTrace(trace, { budget: 100, rounds: 2 }, 1)).toThrow(/b100\.r2: round 2 is missing/);
  });
});

describe('building records', () => {
  const base: SampleQuestion = {
    item: { source: 'Demo', question: 'Q?', options: { A: 'x', B: 'y', C: 'z' }, answerIdx: 'B' },
    illustrates: 'test',
    thinking: 'short thinking\n',
    continuations: ['.\n', '.\n', '.\n', '.\n'],
    answers: {
      'b128.r0': '\n\\boxed{B}',
      'b2048.r1': '\n\\boxed{B}',
      'b2048.r2': '\n\\boxed{B}',
      'b2048.r4': '\n\\boxed{B}',
    },
  };

  it('shares one answer across identical cuts and records who generated it', () => {
    const rec = buildRecord(base, 3, 'demo.ts');
    expect(rec.item).toMatchObject({ index: 3, answer: 'y' });
    const r0 = rec.conditions.filter((c) => c.condition.rounds === 0);
    expect(r0[0].sharedWith).toBeUndefined();
    expect(r0.slice(1).every((c) => c.sharedWith === 'b128.r0')).toBe(true);
  });

  it('names the file and field of a missing, conflicting or unknown answer', () => {
    const missing = { ...base, answers: { ...base.answers, 'b2048.r1': undefined } };
    expect(() => buildRecord(missing, 0, 'demo.ts')).toThrow(/demo\.ts: field answers: no answer for the cut shared by b2048\.r1/);
    const conflicting = { ...base, answers: { ...base.answers, 'b4096.r0': '\n\\boxed{C}' } };
    expect(() => buildRecord(conflicting, 0, 'demo.ts')).toThrow(/demo\.ts: field answers: .*b4096\.r0 share one cut but were given different answers/);
    const unknown = { ...base, answers: { ...base.answers, 'b300.r0': 'x' } };
    expect(() => buildRecord(unknown, 0, 'demo.ts')).toThrow(/demo\.ts: field answers\.b300\.r0: not a condition/);
  });

  it('numbers items per source and produces a valid run log', () => {
    const modules: SampleModule[] = [{ file: 'demo.ts', questions: [base, base, { ...base, item: { ...base.item, source: 'Other' } }] }];
    const log = parseRunLog(sampleStudyText(modules));
    expect(log.records.map((r) => `${r.item.source}#${r.item.index}`)).toEqual(['Demo#0', 'Demo#1', 'Other#0']);
    expect(log.header.data?.sources).toEqual(['Demo', 'Other']);
  });
});
