import type { ConditionId } from '../../../shared/domain';
import { conditionLabel } from '../study/ladder';

export interface ConditionSelectProps {
  label: string;
  conditions: readonly ConditionId[];
  value: ConditionId;
  onChange: (id: ConditionId) => void;
  testId: string;
  disabled?: boolean;
}

/** A labelled choice of one of the study's conditions, in ladder order. */
export function ConditionSelect({ label, conditions, value, onChange, testId, disabled }: ConditionSelectProps) {
  return (
    <label>
      {label}
      <select value={value} disabled={disabled} data-testid={testId} onChange={(e) => onChange(e.target.value as ConditionId)}>
        {conditions.map((c) => (
          <option key={c} value={c}>
            {conditionLabel(c)}
          </option>
        ))}
      </select>
    </label>
  );
}
