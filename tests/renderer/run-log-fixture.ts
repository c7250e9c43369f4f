/**
 * A small run log built in code: one question whose answer changes along the ladder, one
 * without a box, one whose file verdict disagrees with the grader.
 */
import type { QuestionRecordLine, RunHeader, RunLog } from '../../src/shared/runlog';

export function header(extra: Partial<RunHeader> = {}): RunHeader {
  return {
    type: 'header',
    format: 'm1wb.runlog',
    version: 1,
    title: 'Fixture study',
    illustrative: true,
    model: { file: 'none.gguf' },
    preset: { name: 'm1' },
    grid: { budgets: [128, 512], rounds: [0, 1] },
    mode: 'hand-written',
    budgetPolicy: 'strict',
    engine: { name: 'hand' },
    startedAt: '2025-01-01T00:00:00Z',
    ...extra,
  };
}

const item = (index: number, source = 'MedQA_USLME_test') => ({
  source,
  index,
  question: `Question ${index}: which   drug\nis first line?`,
  options: { A: 'Aspirin', B: 'Metformin', C: 'Insulin' },
  answer: 'Metformin',
  answerIdx: 'B',
});

const THINK = 'The patient has type 2 diabetes.\n';
const FORCE = 'Wait';
const MORE = ', actually consider the kidneys. The answer is B.\n';

function condition(budget: number, rounds: number, chars: number, answerText: string, extra: Record<string, unknown> = {}) {
  return {
    condition: { budget, rounds },
    cut: { tokens: Math.min(budget, chars), chars },
    roundsDone: rounds,
    thinkingFinish: 'stop' as const,
    answerPrefix: '<|im_start|>answer',
    answerText,
    tokens: { thinking: chars, answer: answerText.length },
    ...extra,
  };
}

export function records(): QuestionRecordLine[] {
  const trace = {
    segments: [
      { kind: 'think' as const, round: 0, text: THINK, tokens: 8, finish: 'stop' as const },
      { kind: 'force' as const, round: 1, text: FORCE, tokens: 1 },
      { kind: 'think' as const, round: 1, text: MORE, tokens: 12, finish: 'stop' as const },
    ],
  };
  const full = THINK.length + FORCE.length + MORE.length;
  return [
    {
      type: 'question',
      item: item(0),
      trace,
      // Deliberately out of ladder order.
      conditions: [
        condition(512, 1, full, 'Final answer: \\boxed{B}'),
        condition(128, 0, THINK.length, 'Final answer: \\boxed{A}'),
        condition(512, 0, THINK.length, 'Final answer: \\boxed{A}'),
      ],
    },
    {
      type: 'question',
      item: item(1, 'NEJM'),
      trace: { segments: [{ kind: 'think', round: 0, text: 'The answer is B.\n', tokens: 6, finish: 'stop' }] },
      conditions: [
        condition(128, 0, 17, '', { thinkingFinish: 'length' }),
        condition(512, 0, 17, 'It is probably the second one', { fileCorrect: true }),
      ],
    },
  ];
}

export function runLog(): RunLog {
  return { header: header(), records: records() };
}

export function runLogText(log: RunLog = runLog()): string {
  return [log.header, ...log.records].map((l) => JSON.stringify(l)).join('\n') + '\n';
}
