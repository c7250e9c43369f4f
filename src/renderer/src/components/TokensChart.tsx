import type { ConditionId } from '../../../shared/domain';
import { conditionShortLabel } from '../study/ladder';
import type { TokenPoint } from '../study/overview-stats';

const W = 460;
const H = 260;
const PAD = { left: 52, right: 12, top: 14, bottom: 40 };

/** Mean tokens used (thinking + answer) per condition, in ladder order; the median as a tick. */
export function TokensChart({ points }: { points: TokenPoint[] }) {
  const shown = points.filter((p) => p.questions > 0);
  const max = Math.max(1, ...shown.map((p) => Math.max(p.mean, p.median)));
  const band = (W - PAD.left - PAD.right) / Math.max(1, shown.length);
  const sy = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  return (
    <figure className="chart" data-testid="tokens-chart">
      <figcaption className="chart__title">Tokens used per condition (mean; median as a tick)</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="chart__svg" role="img" aria-label="Tokens used per condition">
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={sy(max * f)} y2={sy(max * f)} className="chart__grid" />
            <text x={PAD.left - 6} y={sy(max * f) + 4} className="chart__tick" textAnchor="end">
              {Math.round(max * f).toLocaleString('en')}
            </text>
          </g>
        ))}
        {shown.map((p, i) => (
          <g key={p.condition}>
            <rect x={PAD.left + i * band + band * 0.15} width={band * 0.7} y={sy(p.mean)} height={sy(0) - sy(p.mean)} className="chart__bar">
              <title>{`${p.condition}: mean ${Math.round(p.mean)}, median ${Math.round(p.median)} tokens over ${p.questions} questions`}</title>
            </rect>
            <line x1={PAD.left + i * band + band * 0.1} x2={PAD.left + i * band + band * 0.9} y1={sy(p.median)} y2={sy(p.median)} className="chart__median" />
            <text x={PAD.left + (i + 0.5) * band} y={H - PAD.bottom + 14} className="chart__tick" textAnchor="middle">
              {conditionShortLabel(p.condition as ConditionId)}
            </text>
          </g>
        ))}
        <text x={(PAD.left + W - PAD.right) / 2} y={H - 6} className="chart__axis" textAnchor="middle">
          condition (budget · rounds)
        </text>
      </svg>
    </figure>
  );
}
