import type { ConditionId, FlipKind } from '../../../shared/domain';
import { FLIP_KINDS } from '../../../shared/flip';
import type { FlipMatrix } from '../../../shared/flip-matrix';
import { conditionShortLabel } from '../study/ladder';
import { FLIP_LABEL, FLIP_TONE } from '../study/flip-labels';

export interface LadderTransitionsProps {
  /** One matrix per adjacent pair of the ladder. */
  matrices: { matrix: FlipMatrix; axis: 'budget' | 'rounds' }[];
  onCell: (from: ConditionId, to: ConditionId, kind: FlipKind) => void;
}

/** Every step along the ladder as a stacked bar of flip kinds; a segment opens its questions. */
export function LadderTransitions({ matrices, onCell }: LadderTransitionsProps) {
  if (matrices.length === 0) return <p className="chart__empty">The study has a single condition: no steps to show.</p>;
  return (
    <div className="transitions" data-testid="ladder-transitions">
      {matrices.map(({ matrix, axis }) => (
        <div key={`${matrix.from}-${matrix.to}`} className="transitions__row" data-step={`${matrix.from}-${matrix.to}`}>
          <span className="transitions__label" title={axis === 'budget' ? 'more budget' : 'one more forcing round'}>
            {conditionShortLabel(matrix.from)} → {conditionShortLabel(matrix.to)}
          </span>
          <span className="transitions__bar">
            {FLIP_KINDS.filter((k) => matrix.counts[k] > 0).map((k) => (
              <button
                key={k}
                type="button"
                className="transitions__segment"
                data-flip={FLIP_TONE[k]}
                style={{ flexGrow: matrix.counts[k] }}
                title={`${FLIP_LABEL[k]}: ${matrix.counts[k]}`}
                onClick={() => onCell(matrix.from, matrix.to, k)}
              >
                {matrix.counts[k] / matrix.total >= 0.06 ? matrix.counts[k] : ''}
              </button>
            ))}
          </span>
          <span className="transitions__changes">
            <span title="wrong → correct">+{matrix.counts['wrong→correct']}</span> <span title="correct → wrong">−{matrix.counts['correct→wrong']}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
