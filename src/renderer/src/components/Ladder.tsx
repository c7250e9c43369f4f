import type { ConditionId, OutcomeState } from '../../../shared/domain';
import { budgetStarts } from '../study/ladder';
import { LadderCell } from './LadderCell';

export interface LadderProps {
  /** Conditions in ladder order. */
  conditions: readonly ConditionId[];
  outcomes: Partial<Record<string, OutcomeState>>;
  size?: 'small' | 'large';
  details?: Partial<Record<string, string>>;
  disagreements?: Partial<Record<string, boolean>>;
  marks?: Partial<Record<string, string>>;
  onCellClick?: (condition: ConditionId, e: React.MouseEvent) => void;
}

/** One cell per condition, budget then rounds, coloured by outcome. */
export function Ladder({ conditions, outcomes, size = 'small', details, disagreements, marks, onCellClick }: LadderProps) {
  const starts = budgetStarts(conditions);
  return (
    <span className={`ladder ladder--${size}`} data-testid="ladder">
      {conditions.map((id, i) => (
        <LadderCell
          key={id}
          condition={id}
          outcome={outcomes[id]}
          budgetStart={starts[i]}
          detail={details?.[id]}
          disagrees={disagreements?.[id]}
          mark={marks?.[id]}
          onClick={onCellClick}
        />
      ))}
    </span>
  );
}
