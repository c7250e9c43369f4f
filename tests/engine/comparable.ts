/** What two run-log records must agree on when compared condition by condition (no timings). */
import { conditionId, traceText } from '../../src/shared/domain';
import type { QuestionRecordLine } from '../../src/shared/runlog';

type ConditionLine = QuestionRecordLine['conditions'][number];

/** Thinking text of a condition: its own, or the cut of the question's trace. */
export function conditionThinking(r: QuestionRecordLine, c: ConditionLine): string {
  return c.thinkingText ?? traceText(r.trace).slice(0, c.cut.chars);
}

export function comparableConditions(r: QuestionRecordLine) {
  return r.conditions.map((c) => ({
    id: conditionId(c.condition),
    thinking: conditionThinking(r, c),
    cut: c.cut,
    roundsDone: c.roundsDone,
    finish: c.thinkingFinish,
    prefix: c.answerPrefix,
    answer: c.answerText,
    grade: c.grade,
    outcome: c.outcome,
    tokens: { thinking: c.tokens.thinking, answer: c.tokens.answer, reencoded: c.tokens.reencoded },
  }));
}
