/** Builds small, hand-written run logs for the report, flip and format tests. */
import type { Condition, Item } from '../../src/shared/domain';
import { gradeAnswer } from '../../src/shared/grader';
import { classifyOutcome } from '../../src/shared/outcome';
import type { QuestionRecordLine, RunHeader, RunLog } from '../../src/shared/runlog';

export function header(budgets: number[], rounds: number[], extra: Partial<RunHeader> = {}): RunHeader {
  return {
    type: 'header',
    format: 'm1wb.runlog',
    version: 1,
    title: 'hand-made test run',
    model: { file: 'tiny.gguf', name: 'tiny' },
    preset: { name: 'm1', forceString: 'Wait' },
    grid: { budgets, rounds },
    mode: 'shared',
    budgetPolicy: 'strict',
    engine: { name: 'm1wb-test' },
    data: { file: 'eval.json' },
    startedAt: '2025-01-01T00:00:00.000Z',
    ...extra,
  };
}

export function item(source: string, index: number, answerIdx = 'B'): Item {
  const options = { A: 'Aspirin', B: 'Heparin', C: 'Warfarin', D: 'Alteplase' };
  return { source, index, question: `Question ${index} of ${source}: which drug?`, options, answer: options[answerIdx as 'A'], answerIdx };
}

/**
 * A record whose condition c answers `answers[i]` (a letter, or '' for no answer). The trace
 * is one thinking segment; each condition cuts it at 10 characters per unit of budget/128 + rounds.
 */
export function record(it: Item, conditions: Condition[], answers: string[], opts: { withGrade?: boolean } = {}): QuestionRecordLine {
  const thinking = 'Let me think about anticoagulants carefully. '.repeat(20);
  return {
    type: 'question',
    item: it,
    trace: { segments: [{ kind: 'think', round: 0, text: thinking, tokens: 200, finish: 'stop' }] },
    conditions: conditions.map((condition, i) => {
      const answerPrefix = '<|im_start|>answer';
      const answerText = answers[i] ? `\nThe answer is \\boxed{${answers[i]}}.` : ' ';
      const grade = gradeAnswer(answerPrefix + answerText, it);
      const chars = Math.min(thinking.length, (condition.budget / 128) * 10 + condition.rounds);
      const outcome = classifyOutcome({ thinkingText: thinking.slice(0, chars), answerPrefix, answerText, grade });
      return {
        condition,
        cut: { tokens: Math.min(200, condition.budget), chars },
        roundsDone: condition.rounds,
        thinkingFinish: 'stop' as const,
        answerPrefix,
        answerText,
        ...(opts.withGrade === false ? {} : { grade, outcome }),
        tokens: { thinking: Math.min(200, condition.budget), answer: 10, reencoded: Math.min(200, condition.budget) + 14, evaluated: 12 },
      };
    }),
  };
}

export function log(h: RunHeader, records: QuestionRecordLine[]): RunLog {
  return { header: h, records };
}
