import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/shared/domain';
import {
  M1_PRESET,
  S1_PRESET,
  answerPrefix,
  buildPrompt,
  forcingText,
  getPreset,
  m1ExactAllowances,
  planCondition,
  planStrict,
  tableAllowance,
  withForceString,
  type SegmentShape,
} from '../../src/shared/protocol';

const item = {
  question: 'A 45-year-old man has chest pain. What is the next step?',
  options: { A: 'ECG', B: 'Troponin', C: 'Discharge' },
};

describe('prompt', () => {
  it('renders the exact m1 prompt text', () => {
    expect(buildPrompt(item, M1_PRESET)).toBe(
      '<|im_start|>system\n' +
        'You are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\n' +
        '<|im_start|>user\n' +
        'A 45-year-old man has chest pain. What is the next step?\n' +
        'A. ECG\n' +
        'B. Troponin\n' +
        'C. Discharge\n' +
        'Return your final response within \\boxed{}.<|im_end|>\n' +
        '<|im_start|>assistant\n' +
        '<|im_start|>think\n',
    );
  });

  it('keeps the options in data order', () => {
    const p = buildPrompt({ question: 'Q', options: { B: 'second', A: 'first' } }, M1_PRESET);
    expect(p).toContain('Q\nB. second\nA. first\nReturn');
  });

  it('puts a space before the forcing string only after a trailing space', () => {
    expect(forcingText('so the answer is B.\n', 'Wait')).toBe('Wait');
    expect(forcingText('so the answer is B. ', 'Wait')).toBe(' Wait');
    expect(forcingText('so the answer is B.', 'Wait')).toBe('Wait');
    expect(forcingText('', 'Hmm')).toBe('Hmm');
  });

  it('chooses the answer prefix by finish reason and adds a missing newline', () => {
    expect(answerPrefix('thinking\n', 'stop', M1_PRESET)).toBe('<|im_start|>answer');
    expect(answerPrefix('thinking', 'stop', M1_PRESET)).toBe('\n<|im_start|>answer');
    expect(answerPrefix('thinking', 'length', M1_PRESET)).toBe('\n<|im_start|>answer\nFinal Answer:');
    expect(answerPrefix('thinking\n', 'length', M1_PRESET)).toBe('<|im_start|>answer\nFinal Answer:');
  });

  it('looks presets up by name, with other forcing strings', () => {
    expect(getPreset('m1')).toEqual(M1_PRESET);
    expect(getPreset('s1').stops).toEqual(S1_PRESET.stops);
    const hmm = getPreset('m1+force=Hmm');
    expect(hmm.forceString).toBe('Hmm');
    expect(hmm.name).toBe('m1+force=Hmm');
    expect(withForceString(hmm, 'Alternatively').name).toBe('m1+force=Alternatively');
    expect(() => getPreset('nope')).toThrow(/unknown protocol preset "nope"/);
  });
});

const think = (round: number, tokens: number, finish: 'stop' | 'length'): SegmentShape => ({ kind: 'think', round, tokens, finish });
const force = (round: number, tokens = 1): SegmentShape => ({ kind: 'force', round, tokens });

describe('cut plans on a long trace', () => {
  // Long trace for (B=100, k=2): 30 natural, Wait, 20 natural, Wait, 48 then length at 100.
  const long = [think(0, 30, 'stop'), force(1), think(1, 20, 'stop'), force(2), think(2, 48, 'length')];
  const plan = (c: Condition) => {
    const p = planCondition(long, c);
    if ('pending' in p) throw new Error('pending');
    return p;
  };

  it('cuts the first phase by length when the budget is below the natural stop', () => {
    expect(plan({ budget: 10, rounds: 2 })).toMatchObject({ tokens: 10, finish: 'length', roundsDone: 0, fullSegments: 0, partialTokens: 10 });
    // exactly B natural tokens: the stop after them is never sampled
    expect(plan({ budget: 30, rounds: 0 })).toMatchObject({ tokens: 30, finish: 'length', fullSegments: 1, partialTokens: 0 });
  });

  it('ends on the natural stop when no round is requested', () => {
    expect(plan({ budget: 100, rounds: 0 })).toMatchObject({ tokens: 30, finish: 'stop', roundsDone: 0 });
  });

  it('does not append the forcing string when it would reach the budget', () => {
    expect(plan({ budget: 31, rounds: 2 })).toMatchObject({ tokens: 30, finish: 'stop', roundsDone: 0 });
    expect(plan({ budget: 32, rounds: 2 })).toMatchObject({ tokens: 32, finish: 'length', roundsDone: 1, fullSegments: 2, partialTokens: 1 });
  });

  it('follows the rounds and counts the forcing tokens as used', () => {
    expect(plan({ budget: 100, rounds: 1 })).toMatchObject({ tokens: 51, finish: 'stop', roundsDone: 1, fullSegments: 3 });
    expect(plan({ budget: 100, rounds: 2 })).toMatchObject({ tokens: 100, finish: 'length', roundsDone: 2, fullSegments: 5 });
    expect(plan({ budget: 60, rounds: 2 })).toMatchObject({ tokens: 60, finish: 'length', roundsDone: 2, fullSegments: 4, partialTokens: 8 });
  });

  it('refuses a trace too short for the condition', () => {
    expect(() => planCondition(long, { budget: 200, rounds: 2 })).toThrow(/needs/);
  });

  it('plans every condition strictly', () => {
    const plans = planStrict(long, [
      { budget: 10, rounds: 0 },
      { budget: 100, rounds: 2 },
    ]);
    expect(plans.map((p) => p.tokens)).toEqual([10, 100]);
  });
});

describe('m1-exact allowances', () => {
  it('gives every continuation B minus the smallest usage in the batch', () => {
    const c = { budget: 100, rounds: 1 };
    const a = [think(0, 10, 'stop'), force(1), think(1, 95, 'length')];
    const b = [think(0, 60, 'stop'), force(1), think(1, 20, 'stop')];
    const table = m1ExactAllowances([a, b], c);
    expect(table[1]).toBe(100 - 11);
    const pa = planCondition(a, c, tableAllowance(table));
    const pb = planCondition(b, c, tableAllowance(table));
    expect(pa).toMatchObject({ tokens: 11 + 89, finish: 'length' });
    // b overshoots nothing here, but would have been capped at 39 under strict
    expect(pb).toMatchObject({ tokens: 81, finish: 'stop', roundsDone: 1 });
    const strictB = planCondition([think(0, 60, 'stop'), force(1), think(1, 50, 'stop')], c);
    expect(strictB).toMatchObject({ tokens: 100, finish: 'length' });
    const exactB = planCondition([think(0, 60, 'stop'), force(1), think(1, 50, 'stop')], c, tableAllowance(table));
    expect(exactB).toMatchObject({ tokens: 111, finish: 'stop' });
  });
});
