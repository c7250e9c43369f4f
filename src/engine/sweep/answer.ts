/**
 * A condition's thinking (a cut of a trace) and its answer branch: rewind the sequence to
 * the cut, append the answer prefix, generate the answer with the same stops.
 */
import type { Token } from 'node-llama-cpp';
import type { FinishReason } from '../../shared/domain';
import { answerPrefix, type ConditionPlan, type ProtocolPreset } from '../../shared/protocol';
import type { TraceSession } from '../local/session';
import type { TokenSegment } from './trace';

export interface ThinkingPart {
  kind: 'think' | 'force';
  text: string;
  ids: Token[];
}

export interface ThinkingCut {
  parts: ThinkingPart[];
  tokens: number;
  finish: FinishReason;
  roundsDone: number;
}

export function cutText(cut: ThinkingCut): string {
  return cut.parts.map((p) => p.text).join('');
}

/** The thinking of a planned condition, taken from the long trace's segments. */
export function cutFromPlan(segments: readonly TokenSegment[], plan: ConditionPlan, detokenize: (ids: Token[]) => string): ThinkingCut {
  const parts: ThinkingPart[] = segments.slice(0, plan.fullSegments).map((s) => ({ kind: s.kind, text: s.text, ids: s.ids }));
  if (plan.partialTokens > 0) {
    const s = segments[plan.fullSegments];
    const ids = s.ids.slice(0, plan.partialTokens);
    parts.push({ kind: s.kind, text: detokenize(ids), ids });
  }
  const tokens = parts.reduce((n, p) => n + p.ids.length, 0);
  if (tokens !== plan.tokens) throw new Error(`cut of ${tokens} tokens does not match the plan's ${plan.tokens}`);
  return { parts, tokens, finish: plan.finish, roundsDone: plan.roundsDone };
}

/** The whole generated trace of one condition (independent mode). */
export function cutFromTrace(segments: readonly TokenSegment[]): ThinkingCut {
  const parts = segments.map((s) => ({ kind: s.kind, text: s.text, ids: s.ids }));
  const lastThink = [...segments].reverse().find((s) => s.kind === 'think');
  return {
    parts,
    tokens: parts.reduce((n, p) => n + p.ids.length, 0),
    finish: lastThink?.finish ?? 'stop',
    roundsDone: segments.filter((s) => s.kind === 'force').length,
  };
}

export interface AnswerBranch {
  prefix: string;
  ids: Token[];
  text: string;
  /** Tokens evaluated by this branch (the re-fed cut token, the prefix, the answer). */
  evaluated: number;
  ms: number;
}

export async function answerAtCut(
  session: TraceSession,
  preset: ProtocolPreset,
  promptLength: number,
  cut: ThinkingCut,
): Promise<AnswerBranch> {
  const t0 = performance.now();
  const model = session.model;
  const prefix = answerPrefix(cutText(cut), cut.finish, preset);
  const prefixIds = model.tokenize(prefix, true);
  const end = promptLength + cut.tokens;
  await session.rewind(end, cut.finish === 'length');
  const have = session.tokens().slice(promptLength, end);
  const want = cut.parts.flatMap((p) => p.ids);
  if (have.length !== want.length || have.some((t, i) => t !== want[i])) {
    throw new Error('the sequence does not hold the thinking of this cut');
  }
  session.live({ kind: 'cut', tokens: cut.tokens, finish: cut.finish, prefix });
  session.phase = { kind: 'answer', round: cut.roundsDone };
  let g;
  try {
    g = await session.generate(prefixIds, preset.maxAnswerTokens);
  } finally {
    session.phase = { kind: 'think', round: 0 };
  }
  return { prefix, ids: g.tokens, text: model.detokenize(g.tokens, false), evaluated: g.evaluated, ms: performance.now() - t0 };
}
