/**
 * Generating a thinking trace under the protocol: phase 1 under a budget, then forcing
 * rounds after natural stops, each continuation with the allowance of the budget policy.
 * The same routine generates one condition's trace (independent mode) and the long trace
 * of the largest condition (shared mode).
 */
import type { Token } from 'node-llama-cpp';
import type { TraceSegment } from '../../shared/domain';
import { forcingText, type Allowance, type PendingRound, type ProtocolPreset } from '../../shared/protocol';
import type { TraceSession } from '../local/session';

export interface TokenSegment extends TraceSegment {
  ids: Token[];
}

export interface GeneratedTrace {
  segments: TokenSegment[];
  /** Set when the trace stopped before a round whose allowance is not known yet. */
  pending?: PendingRound;
  evaluated: number;
  generated: number;
  ms: number;
}

export function segmentsText(segments: readonly TraceSegment[]): string {
  return segments.map((s) => s.text).join('');
}

/** Start from a fresh sequence with the prompt and generate the trace of (budget, rounds). */
export async function generateTrace(
  session: TraceSession,
  preset: ProtocolPreset,
  promptTokens: readonly Token[],
  budget: number,
  rounds: number,
  allowance: Allowance,
): Promise<GeneratedTrace> {
  const t0 = performance.now();
  const model = session.model;
  await session.reset();
  const segments: TokenSegment[] = [];
  let evaluated = 0;
  let generated = 0;

  const think = (round: number, g: { tokens: Token[]; finish: 'stop' | 'length' }): TokenSegment => ({
    kind: 'think',
    round,
    text: model.detokenize(g.tokens, false),
    tokens: g.tokens.length,
    finish: g.finish,
    ids: g.tokens,
  });

  session.live({ kind: 'begin', label: `b${budget}.r${rounds}` });
  session.phase = { kind: 'think', round: 0 };
  const first = await session.generate(promptTokens, budget);
  if (first.finish === 'length') session.live({ kind: 'budget', tokens: first.tokens.length });
  evaluated += first.evaluated;
  generated += first.tokens.length;
  segments.push(think(0, first));
  let used = first.tokens.length;
  let finish = first.finish;
  let done = 0;
  let pending: PendingRound | undefined;
  while (finish === 'stop' && done < rounds && used < budget) {
    const text = forcingText(segmentsText(segments), preset.forceString);
    const ids = model.tokenize(text, true);
    if (used + ids.length >= budget) break;
    const afterForce = used + ids.length;
    const limit = allowance(done + 1, afterForce);
    if (limit === undefined) {
      pending = { round: done + 1, used: afterForce };
      break;
    }
    done++;
    segments.push({ kind: 'force', round: done, text, tokens: ids.length, ids });
    session.live({ kind: 'force', text, round: done });
    session.phase = { kind: 'think', round: done };
    const g = await session.generate(ids, limit);
    evaluated += g.evaluated;
    generated += g.tokens.length;
    segments.push(think(done, g));
    used = afterForce + g.tokens.length;
    finish = g.finish;
    if (finish === 'length') session.live({ kind: 'budget', tokens: used });
  }
  return { segments, pending, evaluated, generated, ms: performance.now() - t0 };
}

/** Segments without token ids, as stored in the run log. */
export function publicSegments(segments: readonly TokenSegment[]): TraceSegment[] {
  return segments.map(({ kind, round, text, tokens, finish }) => (finish ? { kind, round, text, tokens, finish } : { kind, round, text, tokens }));
}
