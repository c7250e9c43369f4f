/**
 * Running one question in either mode.
 *
 * shared: one long trace (the largest condition's), then one answer per distinct cut,
 * visiting cuts from the latest to the earliest so each branch only evaluates its own
 * tokens; conditions with the identical cut and prefix share one answer (`sharedWith`).
 * independent: every condition from a fresh sequence, exactly as a single run of it.
 */
import type { Token } from 'node-llama-cpp';
import { type Condition, type ConditionResult, type Item } from '../../shared/domain';
import { isPlan, planCondition, type Allowance, type ConditionPlan, type ProtocolPreset } from '../../shared/protocol';
import type { QuestionRecordLine } from '../../shared/runlog';
import type { TraceSession } from '../local/session';
import { answerAtCut, cutFromPlan, cutFromTrace, type AnswerBranch, type ThinkingCut } from './answer';
import { conditionResult, round1 } from './condition-result';
import { generateTrace, publicSegments, segmentsText, type GeneratedTrace, type TokenSegment } from './trace';
import type { QuestionStats } from './types';

export interface QuestionRun {
  session: TraceSession;
  preset: ProtocolPreset;
  item: Item;
  promptIds: Token[];
  /** Conditions in ladder order; the last one is the largest (max budget, max rounds). */
  conditions: Condition[];
  /** Continuation allowance of each condition under the budget policy. */
  allowanceFor: (c: Condition) => Allowance;
}

export interface QuestionOutcome {
  record: QuestionRecordLine;
  stats: QuestionStats;
}

function statsSince(session: TraceSession, e0: number, g0: number, t0: number): QuestionStats {
  return { evaluated: session.evaluatedTotal - e0, generated: session.generatedTotal - g0, ms: performance.now() - t0 };
}

function sameTokens(a: readonly TokenSegment[], b: readonly TokenSegment[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((s, i) => s.kind === b[i].kind && s.ids.length === b[i].ids.length && s.ids.every((t, j) => t === b[i].ids[j]));
}

/** Generate the long trace of a question: the largest condition, or a given allowance for it. */
export async function generateLongTrace(q: QuestionRun, longAllowance: Allowance): Promise<GeneratedTrace> {
  const top = q.conditions[q.conditions.length - 1];
  const trace = await generateTrace(q.session, q.preset, q.promptIds, top.budget, top.rounds, longAllowance);
  if (trace.pending) throw new Error('the long trace must not wait for an allowance');
  return trace;
}

export async function runSharedQuestion(q: QuestionRun, longAllowance: Allowance, expected?: readonly TokenSegment[]): Promise<QuestionOutcome> {
  const { session, preset, item } = q;
  const t0 = performance.now();
  const e0 = session.evaluatedTotal;
  const g0 = session.generatedTotal;
  const long = await generateLongTrace(q, longAllowance);
  if (expected && !sameTokens(expected, long.segments)) {
    throw new Error(`${item.source}#${item.index}: the regenerated trace differs from the first pass (decoding is not deterministic here)`);
  }
  const traceText = segmentsText(long.segments);
  const plans = q.conditions.map((c) => {
    const p = planCondition(long.segments, c, q.allowanceFor(c));
    if (!isPlan(p)) throw new Error(`no allowance known for round ${p.pending.round} of b${c.budget}.r${c.rounds}`);
    return p;
  });

  // One answer per distinct (cut, finish); the first condition in ladder order owns it.
  const key = (p: ConditionPlan) => `${p.tokens}:${p.finish}`;
  const owners = new Map<string, ConditionPlan>();
  for (const p of plans) if (!owners.has(key(p))) owners.set(key(p), p);
  const order = [...owners.values()].sort((a, b) => b.tokens - a.tokens || (a.finish === 'stop' ? -1 : 1) - (b.finish === 'stop' ? -1 : 1));
  const branches = new Map<string, { cut: ThinkingCut; branch: AnswerBranch }>();
  const detok = (ids: Token[]) => session.model.detokenize(ids, false);
  for (const p of order) {
    const cut = cutFromPlan(long.segments, p, detok);
    const branch = await answerAtCut(session, preset, q.promptIds.length, cut);
    branches.set(key(p), { cut, branch });
  }
  const conditions: ConditionResult[] = plans.map((p) => {
    const { cut, branch } = branches.get(key(p))!;
    const owner = owners.get(key(p))!;
    return conditionResult({
      model: session.model,
      item,
      condition: p.condition,
      cut,
      branch,
      traceText,
      sharedWith: owner === p ? undefined : owner.condition,
    });
  });
  const stats = statsSince(session, e0, g0, t0);
  const record: QuestionRecordLine = {
    type: 'question',
    item,
    trace: { segments: publicSegments(long.segments) },
    conditions,
    timingMs: { thinking: round1(long.ms), total: round1(stats.ms) },
  };
  return { record, stats };
}

export async function runIndependentQuestion(q: QuestionRun): Promise<QuestionOutcome> {
  const { session, preset, item } = q;
  const t0 = performance.now();
  const e0 = session.evaluatedTotal;
  const g0 = session.generatedTotal;
  const runs: { condition: Condition; cut: ThinkingCut; branch: AnswerBranch; trace: GeneratedTrace }[] = [];
  let thinkingMs = 0;
  for (const c of q.conditions) {
    const trace = await generateTrace(session, preset, q.promptIds, c.budget, c.rounds, q.allowanceFor(c));
    if (trace.pending) throw new Error(`no allowance known for round ${trace.pending.round} of b${c.budget}.r${c.rounds}`);
    thinkingMs += trace.ms;
    const cut = cutFromTrace(trace.segments);
    const branch = await answerAtCut(session, preset, q.promptIds.length, cut);
    runs.push({ condition: c, cut, branch, trace });
  }
  const top = runs[runs.length - 1].trace;
  const traceText = segmentsText(top.segments);
  const conditions = runs.map((r) =>
    conditionResult({ model: session.model, item, condition: r.condition, cut: r.cut, branch: r.branch, traceText }),
  );
  const stats = statsSince(session, e0, g0, t0);
  const record: QuestionRecordLine = {
    type: 'question',
    item,
    trace: { segments: publicSegments(top.segments) },
    conditions,
    timingMs: { thinking: round1(thinkingMs), total: round1(stats.ms) },
  };
  return { record, stats };
}
