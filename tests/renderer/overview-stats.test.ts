import { describe, expect, it } from 'vitest';
import type { ConditionId } from '../../src/shared/domain';
import { wilsonInterval } from '../../src/shared/accuracy';
import { budgetAxis, forcedBudgets, MEAN_SERIES, overviewStats, roundsAxis } from '../../src/renderer/src/study/overview-stats';
import type { QuestionListRow } from '../../src/renderer/src/study/study-types';

const ladder: ConditionId[] = ['b128.r0', 'b512.r0', 'b512.r1'];
const row = (order: number, source: string, outcomes: QuestionListRow['outcomes'], tokens: QuestionListRow['tokens']): QuestionListRow => ({
  studyId: 's',
  key: `${source}#${order}`,
  order,
  source,
  index: order,
  head: '',
  gold: 'A',
  outcomes,
  tokens,
  disagreements: 0,
});

describe('overviewStats', () => {
  const rows = [
    row(0, 'A', { 'b128.r0': 'correct', 'b512.r0': 'correct', 'b512.r1': 'wrong' }, { 'b128.r0': 100, 'b512.r0': 300, 'b512.r1': 500 }),
    row(1, 'A', { 'b128.r0': 'wrong', 'b512.r0': 'correct', 'b512.r1': 'correct' }, { 'b128.r0': 120, 'b512.r0': 400, 'b512.r1': 510 }),
    row(2, 'B', { 'b128.r0': 'no-answer', 'b512.r0': 'wrong' }, { 'b128.r0': 128, 'b512.r0': 200 }),
  ];
  const stats = overviewStats(rows, ladder, ['A', 'B']);

  it('gives accuracy with Wilson intervals per source and condition', () => {
    const a = stats.series.find((s) => s.name === 'A')!;
    expect(a.points.map((p) => [p.condition, p.correct, p.total])).toEqual([
      ['b128.r0', 1, 2],
      ['b512.r0', 2, 2],
      ['b512.r1', 1, 2],
    ]);
    expect(a.points[0].low).toBeCloseTo(wilsonInterval(1, 2).low, 12);
    const b = stats.series.find((s) => s.name === 'B')!;
    expect(b.points.map((p) => p.condition)).toEqual(['b128.r0', 'b512.r0']);
  });

  it('takes the unweighted mean of the sources, not the pooled accuracy', () => {
    const mean = stats.series.find((s) => s.name === MEAN_SERIES)!;
    expect(mean.points[1].accuracy).toBeCloseTo((1 + 0) / 2, 12);
    expect(mean.points[2].accuracy).toBeCloseTo(0.5, 12);
    expect(mean.points[1].total).toBe(3);
  });

  it('gives tokens per condition and the axes', () => {
    expect(stats.tokens.map((t) => [t.condition, t.mean, t.median, t.questions])).toEqual([
      ['b128.r0', 116, 120, 3],
      ['b512.r0', 300, 300, 3],
      ['b512.r1', 505, 505, 2],
    ]);
    const a = stats.series[0].points;
    expect(budgetAxis(a).map((p) => p.budget)).toEqual([128, 512]);
    expect(roundsAxis(a, 512).map((p) => p.rounds)).toEqual([0, 1]);
    expect(forcedBudgets(ladder)).toEqual([512]);
  });
});
