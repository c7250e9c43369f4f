import type { ConditionId } from '../../../shared/domain';
import { budgetStarts, conditionLabel, conditionShortLabel } from '../study/ladder';

/** Column labels above the ladder strips of the question list, aligned with their cells. */
export function LadderScale({ conditions }: { conditions: readonly ConditionId[] }) {
  const starts = budgetStarts(conditions);
  return (
    <span className="ladder ladder--small ladder-scale" aria-hidden="true">
      {conditions.map((id, i) => (
        <span key={id} className={`ladder-scale__label${starts[i] ? ' ladder-cell--budget-start' : ''}`} title={conditionLabel(id)}>
          {conditionShortLabel(id)}
        </span>
      ))}
    </span>
  );
}
