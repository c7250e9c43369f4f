import type { FlipKind } from '../../../shared/domain';
import type { FlipMatrix } from '../../../shared/flip-matrix';
import { FLIP_LABEL, FLIP_TONE } from '../study/flip-labels';

export interface FlipMatrixGridProps {
  matrix: FlipMatrix;
  onCell: (kind: FlipKind) => void;
}

function Cell({ matrix, kind, onCell, colSpan, rowSpan }: { matrix: FlipMatrix; kind: FlipKind; onCell: (k: FlipKind) => void; colSpan?: number; rowSpan?: number }) {
  const n = matrix.counts[kind];
  const share = matrix.total ? n / matrix.total : 0;
  return (
    <td colSpan={colSpan} rowSpan={rowSpan} className="flip-grid__cell" data-flip={FLIP_TONE[kind]}>
      <button
        type="button"
        className="flip-grid__button"
        data-testid={`flip-cell-${kind}`}
        title={`${FLIP_LABEL[kind]}: ${n} question${n === 1 ? '' : 's'} — show them`}
        disabled={n === 0}
        onClick={() => onCell(kind)}
        style={{ ['--share' as string]: share.toFixed(3) }}
      >
        <span className="flip-grid__count">{n.toLocaleString('en')}</span>
        <span className="flip-grid__share">{(share * 100).toFixed(1)}%</span>
        <span className="flip-grid__kind">{FLIP_LABEL[kind]}</span>
      </button>
    </td>
  );
}

/**
 * The flip matrix between two conditions: rows are the state under the first condition,
 * columns the state under the second; every cell opens its questions.
 */
export function FlipMatrixGrid({ matrix, onCell }: FlipMatrixGridProps) {
  return (
    <table className="flip-grid" data-testid="flip-matrix">
      <thead>
        <tr>
          <th />
          <th>→ correct</th>
          <th>→ same wrong</th>
          <th>→ different wrong</th>
          <th>→ no answer</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">correct</th>
          <Cell matrix={matrix} kind="correct→correct" onCell={onCell} />
          <Cell matrix={matrix} kind="correct→wrong" onCell={onCell} colSpan={2} />
          <Cell matrix={matrix} kind="to-no-answer" onCell={onCell} rowSpan={2} />
        </tr>
        <tr>
          <th scope="row">wrong</th>
          <Cell matrix={matrix} kind="wrong→correct" onCell={onCell} />
          <Cell matrix={matrix} kind="wrong→same-wrong" onCell={onCell} />
          <Cell matrix={matrix} kind="wrong→different-wrong" onCell={onCell} />
        </tr>
        <tr>
          <th scope="row">no answer</th>
          <Cell matrix={matrix} kind="from-no-answer" onCell={onCell} colSpan={3} />
          <Cell matrix={matrix} kind="no-answer→no-answer" onCell={onCell} />
        </tr>
      </tbody>
    </table>
  );
}
