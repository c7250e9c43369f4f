import { useState } from 'react';
import type { AccuracyPoint, AccuracySeries } from '../study/overview-stats';
import { MEAN_SERIES } from '../study/overview-stats';

export interface AccuracyChartProps {
  title: string;
  /** Series with the points to draw (already on this chart's axis). */
  series: AccuracySeries[];
  /** x value of a point (e.g. log2 budget, or rounds). */
  x: (p: AccuracyPoint) => number;
  /** Tick label of a point's x value. */
  xLabel: (p: AccuracyPoint) => string;
  axisLabel: string;
  testId?: string;
}

const W = 460;
const H = 260;
const PAD = { left: 44, right: 12, top: 14, bottom: 40 };
const COLOURS = ['#2563c9', '#d6453d', '#2f9e5f', '#e4a420', '#7c5cd6', '#0f9fb0', '#c2417f', '#6b7f12', '#8a5a2b', '#4a5a6a', '#b06fd8'];

/** Accuracy against one ladder axis: a line per source, the mean of sources in black, Wilson 95 % bars. */
export function AccuracyChart({ title, series, x, xLabel, axisLabel, testId }: AccuracyChartProps) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) {
    return (
      <figure className="chart" data-testid={testId}>
        <figcaption className="chart__title">{title}</figcaption>
        <p className="chart__empty">No conditions on this axis.</p>
      </figure>
    );
  }
  const xs = [...new Set(all.map(x))].sort((a, b) => a - b);
  const x0 = xs[0];
  const x1 = xs[xs.length - 1] === x0 ? x0 + 1 : xs[xs.length - 1];
  const sx = (v: number) => PAD.left + ((v - x0) / (x1 - x0)) * (W - PAD.left - PAD.right) + (xs.length === 1 ? (W - PAD.left - PAD.right) / 2 : 0);
  const sy = (v: number) => PAD.top + (1 - v) * (H - PAD.top - PAD.bottom);
  const ticks = xs.map((v) => ({ v, label: xLabel(all.find((p) => x(p) === v)!) }));
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="chart__svg" role="img" aria-label={title}>
        {[0, 0.25, 0.5, 0.75, 1].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={sy(v)} y2={sy(v)} className="chart__grid" />
            <text x={PAD.left - 6} y={sy(v) + 4} className="chart__tick" textAnchor="end">
              {Math.round(v * 100)}%
            </text>
          </g>
        ))}
        {ticks.map((t) => (
          <text key={t.v} x={sx(t.v)} y={H - PAD.bottom + 16} className="chart__tick" textAnchor="middle">
            {t.label}
          </text>
        ))}
        <text x={(PAD.left + W - PAD.right) / 2} y={H - 6} className="chart__axis" textAnchor="middle">
          {axisLabel}
        </text>
        {series.map((s, si) => {
          if (hidden.has(s.name) || s.points.length === 0) return null;
          const mean = s.name === MEAN_SERIES;
          const colour = mean ? '#111827' : COLOURS[si % COLOURS.length];
          const pts = [...s.points].sort((a, b) => x(a) - x(b));
          return (
            <g key={s.name} data-series={s.name} className={mean ? 'chart__series chart__series--mean' : 'chart__series'}>
              {pts.map((p) => (
                <line key={`e${p.condition}`} x1={sx(x(p))} x2={sx(x(p))} y1={sy(p.low)} y2={sy(p.high)} stroke={colour} className="chart__error" />
              ))}
              <polyline points={pts.map((p) => `${sx(x(p))},${sy(p.accuracy)}`).join(' ')} fill="none" stroke={colour} strokeWidth={mean ? 2.5 : 1.5} />
              {pts.map((p) => (
                <circle key={p.condition} cx={sx(x(p))} cy={sy(p.accuracy)} r={mean ? 3.5 : 2.5} fill={colour}>
                  <title>
                    {`${s.name} · ${p.condition}: ${(p.accuracy * 100).toFixed(1)}% (${p.correct}/${p.total}), 95% CI ${(p.low * 100).toFixed(1)}–${(p.high * 100).toFixed(1)}%`}
                  </title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="chart__legend">
        {series.map((s, si) => (
          <li key={s.name}>
            <button
              type="button"
              className={hidden.has(s.name) ? 'chart__key chart__key--off' : 'chart__key'}
              onClick={() => setHidden((h) => {
                const n = new Set(h);
                if (n.has(s.name)) n.delete(s.name);
                else n.add(s.name);
                return n;
              })}
            >
              <span className="chart__swatch" style={{ background: s.name === MEAN_SERIES ? '#111827' : COLOURS[si % COLOURS.length] }} />
              {s.name}
            </button>
          </li>
        ))}
      </ul>
    </figure>
  );
}
