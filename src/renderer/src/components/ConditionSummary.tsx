import { OUTCOME_LABEL } from '../study/outcome-labels';
import type { StoredCondition } from '../study/study-types';

/** The facts of one compared condition: outcome, extracted answer, rule, tokens, finish. */
export function ConditionSummary({ condition }: { condition: StoredCondition }) {
  const { grade, file } = condition;
  const fileCorrect = file?.correct ?? file?.grade?.correct;
  return (
    <div className="condition-summary" data-testid="condition-summary" data-condition={condition.id}>
      <span className="outcome-badge" data-outcome={condition.outcome}>
        {OUTCOME_LABEL[condition.outcome]}
      </span>
      <span title="Extracted answer">
        extracted <code className="condition-summary__extraction">{grade.extraction.length > 60 ? `${grade.extraction.slice(0, 59)}…` : grade.extraction}</code>
      </span>
      {grade.matchedLetter ? <span title="Letter the matcher picked">→ {grade.matchedLetter}</span> : null}
      <span className="condition-summary__muted" title="Grader rule that decided">{grade.rule}</span>
      <span className="condition-summary__muted" title="Thinking tokens / answer tokens">
        {condition.tokens.thinking}+{condition.tokens.answer} tok
      </span>
      <span className="condition-summary__muted" title="Finish reason of the thinking">
        {condition.thinkingFinish === 'length' ? 'budget cut' : 'stopped'}
      </span>
      {condition.condition.rounds > 0 ? (
        <span className="condition-summary__muted" title="Forcing rounds done / requested">
          rounds {condition.roundsDone}/{condition.condition.rounds}
        </span>
      ) : null}
      {condition.disagrees ? (
        <span className="badge badge--warn" data-testid="verdict-disagreement">
          file says {fileCorrect === undefined ? file?.outcome : fileCorrect ? 'correct' : 'wrong'}
        </span>
      ) : null}
    </div>
  );
}
