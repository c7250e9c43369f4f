/**
 * The light list row of a question, derived from the full record.
 */
import type { ConditionId, OutcomeState } from '../../../shared/domain';
import { answerKey } from '../../../shared/flip-matrix';
import type { QuestionListRow, QuestionRecord } from './study-types';

const HEAD_CHARS = 240;

/** The start of a question as one line. */
export function questionHead(question: string): string {
  const line = question.replace(/\s+/g, ' ').trim();
  return line.length > HEAD_CHARS ? `${line.slice(0, HEAD_CHARS - 1)}…` : line;
}

export function questionListRow(q: QuestionRecord): QuestionListRow {
  const outcomes: Partial<Record<ConditionId, OutcomeState>> = {};
  const answers: Partial<Record<ConditionId, string>> = {};
  const tokens: Partial<Record<ConditionId, number>> = {};
  let disagreements = 0;
  for (const c of q.conditions) {
    outcomes[c.id] = c.outcome;
    answers[c.id] = answerKey(c.grade);
    tokens[c.id] = c.tokens.thinking + c.tokens.answer;
    if (c.disagrees) disagreements++;
  }
  return {
    studyId: q.studyId,
    key: q.key,
    order: q.order,
    source: q.source,
    index: q.item.index,
    head: questionHead(q.item.question),
    gold: q.item.answerIdx,
    outcomes,
    answers,
    tokens,
    disagreements,
  };
}
