import type { ConditionId } from '../../../shared/domain';
import { conditionLabel } from '../study/ladder';
import { OUTCOME_LABEL } from '../study/outcome-labels';
import type { StoredCondition } from '../study/study-types';

export interface ConditionTableProps {
  conditions: readonly StoredCondition[];
  left: ConditionId;
  right: ConditionId;
  onPick: (id: ConditionId, side: 'left' | 'right') => void;
}

/** Every condition of the question with its outcome and extracted answer; pick sides from here. */
export function ConditionTable({ conditions, left, right, onPick }: ConditionTableProps) {
  return (
    <table className="condition-table" data-testid="condition-table">
      <thead>
        <tr>
          <th>Condition</th>
          <th>Outcome</th>
          <th>Answer</th>
          <th>Tokens</th>
          <th aria-label="Compare" />
        </tr>
      </thead>
      <tbody>
        {conditions.map((c) => (
          <tr key={c.id} className={c.id === left || c.id === right ? 'condition-table__row--picked' : undefined}>
            <td className="condition-table__name">{conditionLabel(c.id)}</td>
            <td>
              <span className="outcome-dot" data-outcome={c.outcome} aria-hidden="true" />
              {OUTCOME_LABEL[c.outcome]}
              {c.disagrees ? <span className="badge badge--warn condition-table__flag" title="The imported file’s verdict disagrees">≠</span> : null}
            </td>
            <td className="condition-table__answer" title={c.grade.extraction}>
              {c.grade.matchedLetter ?? (c.grade.extraction.length <= 12 ? c.grade.extraction : `${c.grade.extraction.slice(0, 11)}…`)}
            </td>
            <td className="condition-table__num">{c.tokens.thinking}</td>
            <td className="condition-table__pick">
              <button type="button" className={`pick${c.id === left ? ' pick--on' : ''}`} title="Compare on the left" onClick={() => onPick(c.id, 'left')}>
                L
              </button>
              <button type="button" className={`pick${c.id === right ? ' pick--on' : ''}`} title="Compare on the right" onClick={() => onPick(c.id, 'right')}>
                R
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
