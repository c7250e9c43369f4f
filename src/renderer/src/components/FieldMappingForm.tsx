import { fieldPaths, MAPPING_LABELS, MAPPING_TARGETS, missingTargets, valueAt, type FieldMapping, type MappingTarget } from '../../../shared/import/record-mapping';

export interface FieldMappingFormProps {
  sample: unknown;
  mapping: FieldMapping;
  onChange: (m: FieldMapping) => void;
}

const FIXED = new Set<MappingTarget>(['budget', 'rounds']);

function preview(v: unknown): string {
  if (v === undefined) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

/** Which field of a record holds what: one picker per target, with the sample record's value. */
export function FieldMappingForm({ sample, mapping, onChange }: FieldMappingFormProps) {
  const paths = fieldPaths(sample);
  const missing = new Set(missingTargets(mapping));
  return (
    <table className="mapping" data-testid="field-mapping">
      <tbody>
        {MAPPING_TARGETS.map((t) => {
          const spec = mapping[t] ?? '';
          const fixed = spec.startsWith('=');
          return (
            <tr key={t} className={missing.has(t) ? 'mapping__row mapping__row--missing' : 'mapping__row'}>
              <th scope="row">{MAPPING_LABELS[t]}</th>
              <td>
                <select
                  value={fixed ? '=' : spec}
                  data-testid={`mapping-${t}`}
                  onChange={(e) => {
                    const v = e.target.value;
                    const next = { ...mapping };
                    if (!v) delete next[t];
                    else next[t] = v === '=' ? '=0' : v;
                    onChange(next);
                  }}
                >
                  <option value="">(none)</option>
                  {FIXED.has(t) ? <option value="=">fixed value…</option> : null}
                  {paths.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
                {fixed ? (
                  <input
                    type="number"
                    min={0}
                    value={spec.slice(1)}
                    data-testid={`mapping-${t}-value`}
                    aria-label={`${MAPPING_LABELS[t]} value`}
                    onChange={(e) => onChange({ ...mapping, [t]: `=${e.target.value}` })}
                  />
                ) : null}
              </td>
              <td className="mapping__sample">{spec && !fixed ? preview(valueAt(sample, spec)) : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
