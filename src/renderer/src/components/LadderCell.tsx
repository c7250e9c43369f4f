import type { ConditionId, OutcomeState } from '../../../shared/domain';
import { conditionLabel } from '../study/ladder';
import { OUTCOME_LABEL } from '../study/outcome-labels';

export interface LadderCellProps {
  condition: ConditionId;
  outcome: OutcomeState | undefined;
  /** First cell of a new budget (drawn with a gap before it). */
  budgetStart: boolean;
  /** Extra line for the tooltip (e.g. the extracted answer). */
  detail?: string;
  /** "L" / "R" when the cell is one of the compared conditions. */
  mark?: string;
  disagrees?: boolean;
  onClick?: (condition: ConditionId, e: React.MouseEvent) => void;
}

export function LadderCell({ condition, outcome, budgetStart, detail, mark, disagrees, onClick }: LadderCellProps) {
  const state = outcome ?? 'missing';
  const title = [
    `${conditionLabel(condition)}: ${outcome ? OUTCOME_LABEL[outcome] : 'not run'}`,
    detail,
    disagrees ? 'The imported file’s verdict disagrees.' : undefined,
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <span
      className={`ladder-cell${budgetStart ? ' ladder-cell--budget-start' : ''}${mark ? ' ladder-cell--marked' : ''}${onClick ? ' ladder-cell--clickable' : ''}`}
      data-testid="ladder-cell"
      data-condition={condition}
      data-outcome={state}
      title={title}
      role={onClick ? 'button' : undefined}
      aria-label={title}
      onClick={onClick ? (e) => onClick(condition, e) : undefined}
    >
      {mark}
      {disagrees ? <i className="ladder-cell__flag" aria-hidden="true" /> : null}
    </span>
  );
}
