/**
 * The run report (pure): per-source accuracy per condition with the unweighted mean across
 * sources (like the paper's Table 1), accuracy against budget (0 rounds) and against rounds
 * (per budget), flip counts between adjacent conditions, outcome counts and token totals.
 * `formatReport` renders it for the terminal.
 */
import { accuracyBySource, type SourceAccuracy } from './accuracy';
import {
  conditionId,
  traceText,
  type Condition,
  type ConditionId,
  type ConditionResult,
  type FlipKind,
  type Item,
  type OutcomeState,
  type Trace,
} from './domain';
import { classifyFlip, emptyFlipCounts, FLIP_KINDS } from './flip';
import { gradeAnswer } from './grader';
import { adjacentPairs, ladderOrder, type LadderAxis } from './ladder';
import { classifyOutcome } from './outcome';
import type { RunLog } from './runlog';

export interface ConditionAccuracy {
  id: ConditionId;
  condition: Condition;
  perSource: Record<string, SourceAccuracy>;
  /** Unweighted mean of the per-source accuracies (the paper's "Avg."). */
  mean: number;
  /** Pooled over all questions. */
  correct: number;
  total: number;
  outcomes: Record<OutcomeState, number>;
}

export interface CurvePoint {
  id: ConditionId;
  budget: number;
  rounds: number;
  /** Unweighted mean across sources. */
  mean: number;
  correct: number;
  total: number;
}

export interface FlipTable {
  from: ConditionId;
  to: ConditionId;
  axis: LadderAxis;
  counts: Record<FlipKind, number>;
}

export interface Report {
  title?: string;
  illustrative?: boolean;
  model: string;
  preset: string;
  mode: string;
  budgetPolicy: string;
  questions: number;
  sources: string[];
  /** Conditions in ladder order. */
  conditions: ConditionId[];
  accuracy: ConditionAccuracy[];
  /** Accuracy against budget, at 0 rounds. */
  budgetCurve: CurvePoint[];
  /** Accuracy against rounds, one curve per budget that has more than one rounds value. */
  roundsCurves: { budget: number; points: CurvePoint[] }[];
  flips: FlipTable[];
  /** Tokens the engine generated and evaluated, from the log (prompts not counted): see tokenTotals. */
  tokens: { evaluated: number; generated: number };
  /** Thinking, answer and reference-style (re-encoded) token sums over all conditions. */
  conditionTokens: { thinking: number; answer: number; reencoded: number };
  /** Question × condition cells of the grid that the log lacks. */
  missing: number;
}

const OUTCOMES: readonly OutcomeState[] = ['correct', 'wrong', 'no-answer', 'extraction-failed', 'thinking-only'];

/** The condition's thinking text: its own (independent runs) or its prefix of the trace. */
export function conditionThinking(trace: Trace, r: ConditionResult): string {
  return r.thinkingText ?? traceText(trace).slice(0, r.cut.chars);
}

/** A condition result with its grade and outcome filled in (graded now if the log lacks them). */
export function gradedResult(item: Item, trace: Trace, r: ConditionResult): ConditionResult & { grade: NonNullable<ConditionResult['grade']>; outcome: OutcomeState } {
  const grade = r.grade ?? gradeAnswer(r.answerPrefix + r.answerText, item);
  const outcome =
    r.outcome ??
    classifyOutcome({ thinkingText: conditionThinking(trace, r), answerPrefix: r.answerPrefix, answerText: r.answerText, grade });
  return { ...r, grade, outcome };
}

function emptyOutcomes(): Record<OutcomeState, number> {
  return Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeState, number>;
}

/** Tokens of forcing strings inside the first `chars` characters of the trace. */
function forcedTokensBefore(trace: Trace, chars: number): number {
  let at = 0;
  let forced = 0;
  for (const s of trace.segments) {
    if (at + s.text.length > chars) break;
    at += s.text.length;
    if (s.kind === 'force') forced += s.tokens;
  }
  return forced;
}

/**
 * Engine work recorded in the log. Shared traces count once (every thinking token
 * generated, every forcing token evaluated) plus each answer branch that was generated
 * (conditions with `sharedWith` reuse another's answer). A condition that ran on its own
 * (independent mode, or its own thinking text) counts its whole thinking and its answer.
 * Prompt tokens are not in the run log and are not counted.
 */
export function tokenTotals(log: RunLog): { evaluated: number; generated: number } {
  let generated = 0;
  let evaluated = 0;
  const independent = log.header.mode === 'independent';
  for (const rec of log.records) {
    const trace = rec.trace as Trace;
    let traceUsed = false;
    for (const c of rec.conditions) {
      const own = independent || c.thinkingText !== undefined;
      if (own) {
        const forced = c.thinkingText !== undefined ? 0 : forcedTokensBefore(trace, c.cut.chars);
        generated += c.tokens.thinking - forced + c.tokens.answer;
        evaluated += c.tokens.thinking + (c.tokens.evaluated ?? c.tokens.answer);
        continue;
      }
      traceUsed = true;
      if (c.sharedWith) continue;
      generated += c.tokens.answer;
      evaluated += c.tokens.evaluated ?? c.tokens.answer;
    }
    if (traceUsed) {
      for (const s of trace.segments) {
        if (s.kind === 'think') generated += s.tokens;
        evaluated += s.tokens;
      }
    }
  }
  return { evaluated, generated };
}

export function buildReport(log: RunLog): Report {
  const { header, records } = log;
  const sources: string[] = [];
  for (const r of records) if (!sources.includes(r.item.source)) sources.push(r.item.source);

  const gridConditions: Condition[] = [];
  for (const budget of header.grid.budgets) for (const rounds of header.grid.rounds) gridConditions.push({ budget, rounds });
  const present: Condition[] = records.flatMap((r) => r.conditions.map((c) => c.condition));
  const ladder = ladderOrder(present.length ? present : gridConditions);
  const ids = ladder.map(conditionId);

  // Graded results per question, keyed by condition id.
  const graded = records.map((rec) => {
    const byId = new Map<ConditionId, ReturnType<typeof gradedResult>>();
    for (const c of rec.conditions) byId.set(conditionId(c.condition), gradedResult(rec.item, rec.trace, c as ConditionResult));
    return { item: rec.item, byId };
  });

  let missing = 0;
  const gridIds = new Set(ladderOrder([...gridConditions, ...present]).map(conditionId));
  for (const g of graded) for (const id of gridIds) if (!g.byId.has(id)) missing++;

  const accuracy: ConditionAccuracy[] = ladder.map((condition) => {
    const id = conditionId(condition);
    const rows: { source: string; correct: boolean }[] = [];
    const outcomes = emptyOutcomes();
    for (const g of graded) {
      const r = g.byId.get(id);
      if (!r) continue;
      rows.push({ source: g.item.source, correct: r.grade.correct });
      outcomes[r.outcome]++;
    }
    const acc = accuracyBySource(rows);
    const correct = rows.filter((x) => x.correct).length;
    return { id, condition, perSource: acc.perSource, mean: acc.mean, correct, total: rows.length, outcomes };
  });
  const byId = new Map(accuracy.map((a) => [a.id, a]));
  const point = (c: Condition): CurvePoint => {
    const a = byId.get(conditionId(c))!;
    return { id: a.id, budget: c.budget, rounds: c.rounds, mean: a.mean, correct: a.correct, total: a.total };
  };

  const budgetCurve = ladder.filter((c) => c.rounds === 0).map(point);
  const budgets = [...new Set(ladder.map((c) => c.budget))];
  const roundsCurves = budgets
    .map((budget) => ({ budget, points: ladder.filter((c) => c.budget === budget).map(point) }))
    .filter((curve) => curve.points.length > 1);

  const flips: FlipTable[] = adjacentPairs(ladder).map(({ from, to, axis }) => {
    const counts = emptyFlipCounts();
    const a = conditionId(from);
    const b = conditionId(to);
    for (const g of graded) {
      const x = g.byId.get(a);
      const y = g.byId.get(b);
      if (x && y) counts[classifyFlip(x, y)]++;
    }
    return { from: a, to: b, axis, counts };
  });

  const tokens = tokenTotals(log);
  const conditionTokens = { thinking: 0, answer: 0, reencoded: 0 };
  for (const rec of records) {
    for (const c of rec.conditions) {
      conditionTokens.thinking += c.tokens.thinking;
      conditionTokens.answer += c.tokens.answer;
      conditionTokens.reencoded += c.tokens.reencoded ?? 0;
    }
  }

  return {
    title: header.title,
    illustrative: header.illustrative,
    model: header.model.name ?? header.model.file,
    preset: header.preset.name,
    mode: header.mode,
    budgetPolicy: header.budgetPolicy,
    questions: records.length,
    sources,
    conditions: ids,
    accuracy,
    budgetCurve,
    roundsCurves,
    flips,
    tokens,
    conditionTokens,
    missing,
  };
}

// ---------------------------------------------------------------- terminal rendering

function pct(x: number): string {
  return Number.isFinite(x) ? (x * 100).toFixed(1) : '-';
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const FLIP_SHORT: Record<FlipKind, string> = {
  'correct→correct': 'C→C',
  'correct→wrong': 'C→W',
  'wrong→correct': 'W→C',
  'wrong→same-wrong': 'W→sameW',
  'wrong→different-wrong': 'W→otherW',
  'to-no-answer': '→none',
  'from-no-answer': 'none→',
  'no-answer→no-answer': 'none→none',
};

export function formatReport(report: Report): string {
  const out: string[] = [];
  out.push(`${report.title ?? 'Run report'}${report.illustrative ? ' (illustrative, not model output)' : ''}`);
  out.push(
    `model ${report.model} · preset ${report.preset} · mode ${report.mode} · budget policy ${report.budgetPolicy} · ${report.questions} questions · ${report.sources.length} sources · ${report.conditions.length} conditions`,
  );
  out.push('');
  out.push('Accuracy (%) per source and condition; Avg. = unweighted mean across sources');
  const rows = report.sources.map((source) => [
    source,
    ...report.accuracy.map((a) => (a.perSource[source] ? pct(a.perSource[source].accuracy) : '-')),
  ]);
  rows.push(['Avg.', ...report.accuracy.map((a) => pct(a.mean))]);
  rows.push(['n', ...report.accuracy.map((a) => String(a.total))]);
  out.push(table(['source', ...report.conditions], rows));

  if (report.budgetCurve.length) {
    out.push('');
    out.push('Accuracy against budget (0 rounds)');
    out.push(table(['budget', 'Avg. %', 'correct', 'n'], report.budgetCurve.map((p) => [String(p.budget), pct(p.mean), String(p.correct), String(p.total)])));
  }
  for (const curve of report.roundsCurves) {
    out.push('');
    out.push(`Accuracy against forcing rounds at budget ${curve.budget}`);
    out.push(table(['rounds', 'Avg. %', 'correct', 'n'], curve.points.map((p) => [String(p.rounds), pct(p.mean), String(p.correct), String(p.total)])));
  }

  out.push('');
  out.push('Outcomes per condition');
  out.push(
    table(
      ['condition', ...OUTCOMES],
      report.accuracy.map((a) => [a.id, ...OUTCOMES.map((o) => String(a.outcomes[o]))]),
    ),
  );

  if (report.flips.length) {
    out.push('');
    out.push('Flips between adjacent conditions (C correct, W wrong, none no answer)');
    out.push(
      table(
        ['from → to', 'axis', ...FLIP_KINDS.map((k) => FLIP_SHORT[k])],
        report.flips.map((f) => [`${f.from} → ${f.to}`, f.axis, ...FLIP_KINDS.map((k) => String(f.counts[k]))]),
      ),
    );
  }

  out.push('');
  out.push(`Tokens: ${report.tokens.generated} generated, ${report.tokens.evaluated} evaluated (thinking and answers; prompts not counted)`);
  out.push(
    `Per-condition sums: ${report.conditionTokens.thinking} thinking, ${report.conditionTokens.answer} answer, ${report.conditionTokens.reencoded} re-encoded (reference count)`,
  );
  if (report.missing) out.push(`Missing: ${report.missing} question × condition cells of the grid are not in the log`);
  return out.join('\n') + '\n';
}
