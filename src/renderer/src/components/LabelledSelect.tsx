import type { ChangeEvent } from 'react';

export interface LabelledSelectProps {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (e: ChangeEvent<HTMLSelectElement>) => void;
  testId?: string;
  /** Text shown for an option (default: the option itself). */
  optionLabel?: (option: string) => string;
}

/** A labelled select over a list of plain values (presets, GPU backends, …). */
export function LabelledSelect({ label, value, options, onChange, testId, optionLabel = (o) => o }: LabelledSelectProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={onChange} data-testid={testId}>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </label>
  );
}
