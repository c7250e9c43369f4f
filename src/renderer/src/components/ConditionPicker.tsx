import type { ConditionId } from '../../../shared/domain';
import { conditionLabel } from '../study/ladder';
import { OUTCOME_LABEL } from '../study/outcome-labels';
import type { StoredCondition } from '../study/study-types';

export interface ConditionPickerProps {
  side: 'left' | 'right';
  conditions: readonly StoredCondition[];
  value: ConditionId;
  onChange: (id: ConditionId) => void;
}

export function ConditionPicker({ side, conditions, value, onChange }: ConditionPickerProps) {
  return (
    <label className="condition-picker">
      <span className="condition-picker__side">{side === 'left' ? 'L' : 'R'}</span>
      <select
        value={value}
        data-testid={`condition-picker-${side}`}
        aria-label={`${side === 'left' ? 'Left' : 'Right'} condition`}
        onChange={(e) => onChange(e.target.value as ConditionId)}
      >
        {conditions.map((c) => (
          <option key={c.id} value={c.id}>
            {conditionLabel(c.id)} — {OUTCOME_LABEL[c.outcome]}
          </option>
        ))}
      </select>
    </label>
  );
}
