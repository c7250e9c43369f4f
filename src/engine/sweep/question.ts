/**
 * Running one question in either mode, on one lane of a backend.
 *
 * shared: one long trace (the largest condition's), then one answer per distinct cut,
 * visiting cuts from the latest to the earliest so each branch only evaluates its own
 * tokens (a KV rewind locally, the server's prefix cache remotely); conditions with the
 * identical cut and prefix share one answer (`sharedWith`).
 * independent: every condition from scratch, exactly as a single run of it.
 */
import { type Condition, type ConditionResult, type Item } from '../../shared/domain';
import { isPlan, planCondition, type Allowance, type ConditionPlan, type ProtocolPreset } from '../../shared/protocol';
import type { QuestionRecordLine } from '../../shared/runlog';
import { cutAnswerPrefix, cutFromPlan, cutFromTrace } from './answer';
import type { AnswerBranch, PromptInput, SweepBackend, SweepLane, ThinkingCut } from './backend';
import { conditionResult, reencodedTokens, round1 } from './condition-result';
import { generateTrace, publicSegments, segmentsText, type GeneratedTrace, type TokenSegment } from './trace';
import type { QuestionStats } from './types';

export interface QuestionRun {
  backend: SweepBackend;
  lane: SweepLane;
  preset: ProtocolPreset;
  item: Item;
  prompt: PromptInput;
  /** Conditions in ladder order; the last one is the largest (max budget, max rounds). */
  conditions: Condition[];
  /** Continuation allowance of each condition under the budget policy. */
  allowanceFor: (c: Condition) => Allowance;
}

export interface QuestionOutcome {
  record: QuestionRecordLine;
  stats: QuestionStats;
}

function statsSince(lane: SweepLane, e0: number, g0: number, t0: number): QuestionStats {
  return { evaluated: lane.evaluatedTotal - e0, generated: lane.generatedTotal - g0, ms: performance.now() - t0 };
}

function sameTrace(a: readonly TokenSegment[], b: readonly TokenSegment[]): boolean {
  if (a.length !== b.length) return false;
  return a.every(
    (s, i) =>
      s.kind === b[i].kind &&
      s.text === b[i].text &&
      s.tokens === b[i].tokens &&
      s.ids.length === b[i].ids.length &&
      s.ids.every((t, j) => t === b[i].ids[j]),
  );
}

/** Generate the long trace of a question: the largest condition, or a given allowance for it. */
export async function generateLongTrace(q: QuestionRun, longAllowance: Allowance): Promise<GeneratedTrace> {
  const top = q.conditions[q.conditions.length - 1];
  const trace = await generateTrace(q.backend, q.lane, q.preset, q.prompt, top.budget, top.rounds, longAllowance);
  if (trace.pending) throw new Error('the long trace must not wait for an allowance');
  return trace;
}

async function answerAt(q: QuestionRun, cut: ThinkingCut): Promise<AnswerBranch> {
  const prefix = cutAnswerPrefix(cut, q.preset);
  q.lane.live({ kind: 'cut', tokens: cut.tokens, finish: cut.finish, prefix });
  return q.lane.answer(q.prompt, cut, prefix, q.preset.maxAnswerTokens);
}

export async function runSharedQuestion(q: QuestionRun, longAllowance: Allowance, expected?: readonly TokenSegment[]): Promise<QuestionOutcome> {
  const { lane, item, backend } = q;
  const t0 = performance.now();
  const e0 = lane.evaluatedTotal;
  const g0 = lane.generatedTotal;
  const long = await generateLongTrace(q, longAllowance);
  if (expected && !sameTrace(expected, long.segments)) {
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
  const branches = new Map<string, { cut: ThinkingCut; branch: AnswerBranch; reencoded: number }>();
  for (const p of order) {
    const cut = cutFromPlan(long.segments, p, (part, n) => backend.partText(part, n));
    const branch = await answerAt(q, cut);
    branches.set(key(p), { cut, branch, reencoded: await reencodedTokens((s) => backend.tokenize(s), cut, branch) });
  }
  const conditions: ConditionResult[] = plans.map((p) => {
    const { cut, branch, reencoded } = branches.get(key(p))!;
    const owner = owners.get(key(p))!;
    return conditionResult({
      reencoded,
      item,
      condition: p.condition,
      cut,
      branch,
      traceText,
      sharedWith: owner === p ? undefined : owner.condition,
    });
  });
  const stats = statsSince(lane, e0, g0, t0);
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
  const { lane, preset, item, backend } = q;
  const t0 = performance.now();
  const e0 = lane.evaluatedTotal;
  const g0 = lane.generatedTotal;
  const runs: { condition: Condition; cut: ThinkingCut; branch: AnswerBranch; trace: GeneratedTrace; reencoded: number }[] = [];
  let thinkingMs = 0;
  for (const c of q.conditions) {
    const trace = await generateTrace(backend, lane, preset, q.prompt, c.budget, c.rounds, q.allowanceFor(c));
    if (trace.pending) throw new Error(`no allowance known for round ${trace.pending.round} of b${c.budget}.r${c.rounds}`);
    thinkingMs += trace.ms;
    const cut = cutFromTrace(trace.segments);
    const branch = await answerAt(q, cut);
    runs.push({ condition: c, cut, branch, trace, reencoded: await reencodedTokens((s) => backend.tokenize(s), cut, branch) });
  }
  const top = runs[runs.length - 1].trace;
  const traceText = segmentsText(top.segments);
  const conditions = runs.map((r) =>
    conditionResult({ reencoded: r.reencoded, item, condition: r.condition, cut: r.cut, branch: r.branch, traceText }),
  );
  const stats = statsSince(lane, e0, g0, t0);
  const record: QuestionRecordLine = {
    type: 'question',
    item,
    trace: { segments: publicSegments(top.segments) },
    conditions,
    timingMs: { thinking: round1(thinkingMs), total: round1(stats.ms) },
  };
  return { record, stats };
}
