/**
 * The study overview's numbers, from the light list rows: accuracy per condition and source
 * with Wilson 95 % intervals, the unweighted mean across sources (the paper's "Avg."), and
 * tokens used per condition. The budget series is the conditions with 0 rounds; the rounds
 * series is each budget's conditions by rounds.
 */
import type { ConditionId } from '../../../shared/domain';
import { parseConditionId } from '../../../shared/domain';
import { wilsonInterval } from '../../../shared/accuracy';
import type { QuestionListRow } from './study-types';

export interface AccuracyPoint {
  condition: ConditionId;
  budget: number;
  rounds: number;
  correct: number;
  total: number;
  accuracy: number;
  low: number;
  high: number;
}

export interface AccuracySeries {
  /** A source name, or MEAN_SERIES for the unweighted mean. */
  name: string;
  points: AccuracyPoint[];
}

export const MEAN_SERIES = 'Mean of sources';

export interface TokenPoint {
  condition: ConditionId;
  mean: number;
  median: number;
  total: number;
  questions: number;
}

export interface StudyOverviewStats {
  /** Per source and the mean, over every condition of the ladder. */
  series: AccuracySeries[];
  tokens: TokenPoint[];
}

function median(sorted: number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

export function overviewStats(rows: readonly QuestionListRow[], ladder: readonly ConditionId[], sources: readonly string[]): StudyOverviewStats {
  const idx = new Map(ladder.map((id, i) => [id, i]));
  const srcIdx = new Map(sources.map((s, i) => [s, i]));
  const correct = sources.map(() => new Array<number>(ladder.length).fill(0));
  const total = sources.map(() => new Array<number>(ladder.length).fill(0));
  const tokenLists = ladder.map(() => [] as number[]);
  for (const r of rows) {
    const s = srcIdx.get(r.source);
    for (const [id, o] of Object.entries(r.outcomes)) {
      const i = idx.get(id as ConditionId);
      if (i === undefined || s === undefined || o === undefined) continue;
      total[s][i]++;
      if (o === 'correct') correct[s][i]++;
      const t = r.tokens?.[id as ConditionId];
      if (t !== undefined) tokenLists[i].push(t);
    }
  }
  const point = (i: number, c: number, t: number): AccuracyPoint => {
    const { budget, rounds } = parseConditionId(ladder[i]);
    const w = wilsonInterval(c, t);
    return { condition: ladder[i], budget, rounds, correct: c, total: t, accuracy: t ? c / t : Number.NaN, low: w.low, high: w.high };
  };
  const series: AccuracySeries[] = sources.map((name, s) => ({
    name,
    points: ladder.map((_, i) => point(i, correct[s][i], total[s][i])).filter((p) => p.total > 0),
  }));
  // The mean of per-source accuracies; its interval is the mean of the sources' bounds.
  const meanPoints: AccuracyPoint[] = [];
  ladder.forEach((id) => {
    const with_ = series.map((x) => x.points.find((p) => p.condition === id)).filter((p): p is AccuracyPoint => !!p);
    if (with_.length === 0) return;
    const avg = (f: (p: AccuracyPoint) => number) => with_.reduce((a, p) => a + f(p), 0) / with_.length;
    const { budget, rounds } = parseConditionId(id);
    meanPoints.push({
      condition: id,
      budget,
      rounds,
      correct: with_.reduce((a, p) => a + p.correct, 0),
      total: with_.reduce((a, p) => a + p.total, 0),
      accuracy: avg((p) => p.accuracy),
      low: avg((p) => p.low),
      high: avg((p) => p.high),
    });
  });
  series.push({ name: MEAN_SERIES, points: meanPoints });
  const tokens: TokenPoint[] = ladder.map((id, i) => {
    const list = tokenLists[i].sort((a, b) => a - b);
    const sum = list.reduce((a, b) => a + b, 0);
    return { condition: id, mean: list.length ? sum / list.length : Number.NaN, median: median(list), total: sum, questions: list.length };
  });
  return { series, tokens };
}

/** The budget axis: points with 0 rounds. */
export function budgetAxis(points: readonly AccuracyPoint[]): AccuracyPoint[] {
  return points.filter((p) => p.rounds === 0).sort((a, b) => a.budget - b.budget);
}

/** The rounds axis at one budget. */
export function roundsAxis(points: readonly AccuracyPoint[], budget: number): AccuracyPoint[] {
  return points.filter((p) => p.budget === budget).sort((a, b) => a.rounds - b.rounds);
}

/** Budgets that have more than one rounds value (where a rounds chart means something). */
export function forcedBudgets(ladder: readonly ConditionId[]): number[] {
  const counts = new Map<number, number>();
  for (const id of ladder) {
    const { budget } = parseConditionId(id);
    counts.set(budget, (counts.get(budget) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([b]) => b);
}
