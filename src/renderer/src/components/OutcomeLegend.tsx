import { OUTCOME_DESCRIPTION, OUTCOME_LABEL, OUTCOME_ORDER } from '../study/outcome-labels';

/** The colour key of the ladder cells. */
export function OutcomeLegend() {
  return (
    <ul className="legend" data-testid="outcome-legend" aria-label="Outcome colours">
      {OUTCOME_ORDER.map((o) => (
        <li key={o} className="legend__item" title={OUTCOME_DESCRIPTION[o]}>
          <span className="ladder-cell legend__swatch" data-outcome={o} aria-hidden="true" />
          {OUTCOME_LABEL[o]}
        </li>
      ))}
    </ul>
  );
}
