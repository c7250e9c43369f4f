import { describe, expect, it } from 'vitest';
import { buildReport, formatReport } from '../../src/shared/report';
import { header, item, log, record } from './make-log';

const conds = [
  { budget: 128, rounds: 0 },
  { budget: 256, rounds: 0 },
  { budget: 256, rounds: 1 },
];

describe('buildReport', () => {
  // MedQA: 2 questions, NEJM: 1 question. Gold is B everywhere.
  const run = log(header([128, 256], [0, 1]), [
    record(item('MedQA', 0), conds, ['B', 'B', 'A']), // C C W
    record(item('MedQA', 1), conds, ['A', 'B', 'B']), // W C C
    record(item('NEJM', 0), conds, ['C', 'D', ''], { withGrade: false }), // W W none (graded by the report)
  ]);
  const report = buildReport(run);

  it('computes per-source accuracy and the unweighted mean', () => {
    expect(report.sources).toEqual(['MedQA', 'NEJM']);
    expect(report.conditions).toEqual(['b128.r0', 'b256.r0', 'b256.r1']);
    const [b128, b256, b256r1] = report.accuracy;
    expect(b128.perSource.MedQA).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(b128.perSource.NEJM).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(b128.mean).toBeCloseTo(0.25);
    expect(b256.mean).toBeCloseTo(0.5); // MedQA 1.0, NEJM 0
    expect(b256.correct).toBe(2);
    expect(b256r1.outcomes['no-answer']).toBe(1);
    expect(b256r1.outcomes.correct).toBe(1);
  });

  it('gives curves against budget and rounds', () => {
    expect(report.budgetCurve.map((p) => [p.budget, p.mean])).toEqual([
      [128, 0.25],
      [256, 0.5],
    ]);
    expect(report.roundsCurves).toHaveLength(1);
    expect(report.roundsCurves[0].points.map((p) => [p.rounds, p.mean])).toEqual([
      [0, 0.5],
      [1, 0.25],
    ]);
  });

  it('counts flips between adjacent conditions', () => {
    const [budget, rounds] = report.flips;
    expect([budget.from, budget.to, budget.axis]).toEqual(['b128.r0', 'b256.r0', 'budget']);
    expect(budget.counts['correct→correct']).toBe(1);
    expect(budget.counts['wrong→correct']).toBe(1);
    expect(budget.counts['wrong→different-wrong']).toBe(1); // NEJM C → D
    expect(rounds.counts['correct→wrong']).toBe(1);
    expect(rounds.counts['correct→correct']).toBe(1);
    expect(rounds.counts['to-no-answer']).toBe(1);
  });

  it('sums tokens and counts missing grid cells', () => {
    // 3 records: trace 200 generated each; 3 conditions × answer 10 each.
    expect(report.tokens).toEqual({ generated: 3 * 200 + 9 * 10, evaluated: 3 * 200 + 9 * 12 });
    expect(report.conditionTokens.thinking).toBe(3 * (128 + 200 + 200));
    expect(report.missing).toBe(3); // b128.r1 is in the grid but not in the log
  });

  it('formats a terminal table', () => {
    const text = formatReport(report);
    expect(text).toContain('hand-made test run');
    expect(text).toMatch(/MedQA\s+50\.0\s+100\.0\s+50\.0/);
    expect(text).toMatch(/Avg\.\s+25\.0\s+50\.0\s+25\.0/);
    expect(text).toMatch(/b256\.r0 → b256\.r1\s+rounds\s+1\s+1\s+0/);
    expect(text).toContain('Missing: 3');
  });
});

describe('tokenTotals', () => {
  it('counts a shared trace once and each independent condition on its own', () => {
    const it0 = item('MedQA', 0);
    const conditions = [
      { budget: 128, rounds: 0 },
      { budget: 128, rounds: 1 },
    ];
    const rec = record(it0, conditions, ['B', 'B']);
    // Trace: 50 thinking tokens, a 1-token "Wait", 30 more thinking tokens.
    rec.trace.segments = [
      { kind: 'think', round: 0, text: 'a'.repeat(10), tokens: 50, finish: 'stop' },
      { kind: 'force', round: 1, text: 'Wait', tokens: 1 },
      { kind: 'think', round: 1, text: 'b'.repeat(10), tokens: 30, finish: 'stop' },
    ];
    rec.conditions[0] = { ...rec.conditions[0], cut: { tokens: 50, chars: 10 }, tokens: { thinking: 50, answer: 10, evaluated: 12 } };
    rec.conditions[1] = { ...rec.conditions[1], cut: { tokens: 81, chars: 24 }, tokens: { thinking: 81, answer: 20, evaluated: 22 } };
    const shared = buildReport(log(header([128], [0, 1]), [rec]));
    expect(shared.tokens).toEqual({ generated: 80 + 10 + 20, evaluated: 81 + 12 + 22 });
    const independent = buildReport(log(header([128], [0, 1], { mode: 'independent' }), [rec]));
    expect(independent.tokens).toEqual({ generated: 50 + 10 + (80 + 20), evaluated: 50 + 12 + (81 + 22) });
  });
});
