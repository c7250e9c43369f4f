import { useMemo, useState } from 'react';
import type { ConditionId, FlipKind } from '../../../shared/domain';
import { flipMatrix } from '../../../shared/flip-matrix';
import { adjacentPairs } from '../../../shared/ladder';
import { conditionId, parseConditionId } from '../../../shared/domain';
import { conditionLabel } from '../study/ladder';
import { budgetAxis, forcedBudgets, overviewStats, roundsAxis } from '../study/overview-stats';
import type { QuestionListRow, StudyRecord } from '../study/study-types';
import { AccuracyChart } from './AccuracyChart';
import { FlipMatrixGrid } from './FlipMatrixGrid';
import { LadderTransitions } from './LadderTransitions';
import { TokensChart } from './TokensChart';

export interface StudyOverviewProps {
  study: StudyRecord;
  /** Every row of the study (unfiltered). */
  rows: readonly QuestionListRow[];
  /** Opens the question list on the questions of one flip cell. */
  onShowFlip: (from: ConditionId, to: ConditionId, kind: FlipKind) => void;
}

function defaultPair(ladder: readonly ConditionId[]): [ConditionId, ConditionId] {
  const zero = ladder.filter((id) => parseConditionId(id).rounds === 0);
  const ends = zero.length >= 2 ? zero : ladder;
  return [ends[0], ends[ends.length - 1]];
}

/** Accuracy against budget and rounds, tokens, the flip matrix and the ladder transitions. */
export function StudyOverview({ study, rows, onShowFlip }: StudyOverviewProps) {
  const ladder = study.conditions;
  const stats = useMemo(() => overviewStats(rows, ladder, study.sources), [rows, ladder, study.sources]);
  const [pair, setPair] = useState<[ConditionId, ConditionId] | null>(null);
  const [from, to] = pair && ladder.includes(pair[0]) && ladder.includes(pair[1]) ? pair : defaultPair(ladder);
  const matrix = useMemo(() => (from && to ? flipMatrix(rows, from, to) : null), [rows, from, to]);
  const transitions = useMemo(
    () => adjacentPairs(ladder.map(parseConditionId)).map((p) => ({ matrix: flipMatrix(rows, conditionId(p.from), conditionId(p.to)), axis: p.axis })),
    [rows, ladder],
  );
  const forced = forcedBudgets(ladder);
  const [roundsBudget, setRoundsBudget] = useState<number | null>(null);
  const rb = roundsBudget !== null && forced.includes(roundsBudget) ? roundsBudget : forced[forced.length > 1 ? Math.floor((forced.length - 1) / 2) : 0];

  if (ladder.length === 0) {
    return (
      <div className="overview" data-testid="study-overview">
        <p className="chart__empty">This study has questions but no runs yet. Import runs into it to see accuracy and flips.</p>
      </div>
    );
  }
  return (
    <div className="overview" data-testid="study-overview">
      <section className="overview__charts">
        <AccuracyChart
          title="Accuracy against thinking budget (no forcing), 95% Wilson intervals"
          testId="accuracy-budget-chart"
          series={stats.series.map((s) => ({ name: s.name, points: budgetAxis(s.points) }))}
          x={(p) => Math.log2(p.budget)}
          xLabel={(p) => (p.budget >= 1024 ? `${p.budget / 1024}K` : String(p.budget))}
          axisLabel="thinking budget (tokens, log scale)"
        />
        {rb !== undefined ? (
          <div>
            <AccuracyChart
              title={`Accuracy against forcing rounds at budget ${rb}`}
              testId="accuracy-rounds-chart"
              series={stats.series.map((s) => ({ name: s.name, points: roundsAxis(s.points, rb) }))}
              x={(p) => p.rounds}
              xLabel={(p) => String(p.rounds)}
              axisLabel="forcing rounds"
            />
            {forced.length > 1 ? (
              <label className="toolbar__field overview__picker">
                Budget
                <select value={rb} onChange={(e) => setRoundsBudget(Number(e.target.value))} data-testid="rounds-budget">
                  {forced.map((b) => (
                    <option key={b} value={b}>
                      {b}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </div>
        ) : (
          <p className="chart__empty">No budget has more than one forcing-rounds value.</p>
        )}
        <TokensChart points={stats.tokens} />
      </section>
      <section className="overview__flips">
        <div className="overview__flip-matrix">
          <h2 className="overview__heading">Flip matrix</h2>
          <div className="overview__pair">
            <label className="toolbar__field">
              From
              <select value={from} data-testid="flip-from" onChange={(e) => setPair([e.target.value as ConditionId, to])}>
                {ladder.map((id) => (
                  <option key={id} value={id}>
                    {conditionLabel(id)}
                  </option>
                ))}
              </select>
            </label>
            <label className="toolbar__field">
              To
              <select value={to} data-testid="flip-to" onChange={(e) => setPair([from, e.target.value as ConditionId])}>
                {ladder.map((id) => (
                  <option key={id} value={id}>
                    {conditionLabel(id)}
                  </option>
                ))}
              </select>
            </label>
            {matrix ? (
              <span className="toolbar__count">
                {matrix.total.toLocaleString('en')} questions{matrix.missing ? ` (${matrix.missing} lack one of the two)` : ''}
              </span>
            ) : null}
          </div>
          {matrix ? <FlipMatrixGrid matrix={matrix} onCell={(k) => onShowFlip(from, to, k)} /> : null}
        </div>
        <div className="overview__transitions">
          <h2 className="overview__heading">Transitions along the ladder</h2>
          <LadderTransitions matrices={transitions} onCell={onShowFlip} />
        </div>
      </section>
    </div>
  );
}
