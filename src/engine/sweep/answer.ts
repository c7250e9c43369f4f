/**
 * A condition's thinking (a cut of a trace) and the text that starts its answer.
 */
import { answerPrefix, type ConditionPlan, type ProtocolPreset } from '../../shared/protocol';
import type { PartTokens, SweepBackend, ThinkingCut } from './backend';
import type { TokenSegment } from './trace';

export type { AnswerBranch, ThinkingCut } from './backend';
export type ThinkingPart = PartTokens;

export function cutText(cut: ThinkingCut): string {
  return cut.parts.map((p) => p.text).join('');
}

function part(s: TokenSegment): PartTokens {
  const p: PartTokens = { kind: s.kind, text: s.text, ids: s.ids, tokens: s.tokens };
  if (s.pieces) p.pieces = s.pieces;
  return p;
}

/** The thinking of a planned condition, taken from the long trace's segments. */
export function cutFromPlan(segments: readonly TokenSegment[], plan: ConditionPlan, partText: SweepBackend['partText']): ThinkingCut {
  const parts: PartTokens[] = segments.slice(0, plan.fullSegments).map(part);
  if (plan.partialTokens > 0) {
    const whole = part(segments[plan.fullSegments]);
    const n = plan.partialTokens;
    const p: PartTokens = { kind: whole.kind, text: partText(whole, n), ids: whole.ids.slice(0, n), tokens: n };
    if (whole.pieces) p.pieces = whole.pieces.slice(0, n);
    parts.push(p);
  }
  const tokens = parts.reduce((n, p) => n + p.tokens, 0);
  if (tokens !== plan.tokens) throw new Error(`cut of ${tokens} tokens does not match the plan's ${plan.tokens}`);
  return { parts, tokens, finish: plan.finish, roundsDone: plan.roundsDone };
}

/** The whole generated trace of one condition (independent mode). */
export function cutFromTrace(segments: readonly TokenSegment[]): ThinkingCut {
  const parts = segments.map(part);
  const lastThink = [...segments].reverse().find((s) => s.kind === 'think');
  return {
    parts,
    tokens: parts.reduce((n, p) => n + p.tokens, 0),
    finish: lastThink?.finish ?? 'stop',
    roundsDone: segments.filter((s) => s.kind === 'force').length,
  };
}

/** The answer prefix of a cut under the preset ("\n" when needed, then the finish's prefix). */
export function cutAnswerPrefix(cut: ThinkingCut, preset: ProtocolPreset): string {
  return answerPrefix(cutText(cut), cut.finish, preset);
}
