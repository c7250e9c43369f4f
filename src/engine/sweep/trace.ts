/**
 * Generating a thinking trace under the protocol: phase 1 under a budget, then forcing
 * rounds after natural stops, each continuation with the allowance of the budget policy.
 * The same routine generates one condition's trace (independent mode) and the long trace
 * of the largest condition (shared mode), on any backend lane.
 */
import type { TraceSegment } from '../../shared/domain';
import { forcingText, type Allowance, type PendingRound, type ProtocolPreset } from '../../shared/protocol';
import type { PromptInput, SweepBackend, SweepLane, ThinkGeneration } from './backend';

export interface TokenSegment extends TraceSegment {
  ids: number[];
  /** Text of each token, where the backend reports it. */
  pieces?: string[];
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

/** Start from the prompt on `lane` and generate the trace of (budget, rounds). */
export async function generateTrace(
  backend: SweepBackend,
  lane: SweepLane,
  preset: ProtocolPreset,
  prompt: PromptInput,
  budget: number,
  rounds: number,
  allowance: Allowance,
): Promise<GeneratedTrace> {
  const t0 = performance.now();
  const segments: TokenSegment[] = [];
  let evaluated = 0;
  let generated = 0;

  const think = (round: number, g: ThinkGeneration): TokenSegment => {
    const s: TokenSegment = { kind: 'think', round, text: g.text, tokens: g.tokens, finish: g.finish, ids: g.ids };
    if (g.pieces) s.pieces = g.pieces;
    return s;
  };

  lane.live({ kind: 'begin', label: `b${budget}.r${rounds}` });
  const first = await lane.start(prompt, budget);
  if (first.finish === 'length') lane.live({ kind: 'budget', tokens: first.tokens });
  evaluated += first.evaluated;
  generated += first.tokens;
  segments.push(think(0, first));
  let used = first.tokens;
  let finish = first.finish;
  let done = 0;
  let pending: PendingRound | undefined;
  while (finish === 'stop' && done < rounds && used < budget) {
    const text = forcingText(segmentsText(segments), preset.forceString);
    const ids = await backend.tokenize(text);
    if (used + ids.length >= budget) break;
    const afterForce = used + ids.length;
    const limit = allowance(done + 1, afterForce);
    if (limit === undefined) {
      pending = { round: done + 1, used: afterForce };
      break;
    }
    done++;
    segments.push({ kind: 'force', round: done, text, tokens: ids.length, ids });
    lane.live({ kind: 'force', text, round: done });
    const g = await lane.continue({ text, ids }, limit, done);
    evaluated += g.evaluated;
    generated += g.tokens;
    segments.push(think(done, g));
    used = afterForce + g.tokens;
    finish = g.finish;
    if (finish === 'length') lane.live({ kind: 'budget', tokens: used });
  }
  return { segments, pending, evaluated, generated, ms: performance.now() - t0 };
}

/** Segments without token ids, as stored in the run log. */
export function publicSegments(segments: readonly TokenSegment[]): TraceSegment[] {
  return segments.map(({ kind, round, text, tokens, finish }) => (finish ? { kind, round, text, tokens, finish } : { kind, round, text, tokens }));
}
