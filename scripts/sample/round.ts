/**
 * Growing a question's one trace from authored text, the way the engine would generate it
 * under the strict per-trace budget: round 0 up to the largest budget, then forcing rounds
 * at the forcing budget, each only after a natural stop and while budget is left.
 */
import type { Trace, TraceSegment } from '../../src/shared/domain';
import { countTokens, tokenEnd } from './tokens';

/**
 * The forcing string as appended after `before`: the reference scripts put a space before
 * it only when the text ends with a space (not with a newline).
 */
export function forcingText(before: string, forcing: string): string {
  return before.endsWith(' ') ? ` ${forcing}` : forcing;
}

/** Generated text limited to `limit` tokens: the kept text, its tokens and why it ended. */
function limited(text: string, limit: number): Pick<TraceSegment, 'text' | 'tokens' | 'finish'> {
  const tokens = countTokens(text);
  if (tokens < limit) return { text, tokens, finish: 'stop' };
  return { text: text.slice(0, tokenEnd(text, limit)), tokens: limit, finish: 'length' };
}

export interface GrowOptions {
  largestBudget: number;
  forcingBudget: number;
  maxRounds: number;
  forcing: string;
}

/**
 * The trace for authored round-0 thinking and continuations. Throws (naming `where`) when a
 * round the protocol reaches has no continuation, or when a continuation is never reached.
 */
export function growTrace(thinking: string, continuations: readonly string[], o: GrowOptions, where: string): Trace {
  const first = limited(thinking, o.largestBudget);
  const segments: TraceSegment[] = [{ kind: 'think', round: 0, ...first }];
  let used = first.tokens;
  let last = segments[0];
  let round = 0;
  while (round < o.maxRounds && last.finish === 'stop' && used < o.forcingBudget) {
    const force = forcingText(last.text, o.forcing);
    const forceTokens = countTokens(force);
    if (used + forceTokens >= o.forcingBudget) break;
    round++;
    const text = continuations[round - 1];
    if (text === undefined) {
      throw new Error(`${where}: field continuations: round ${round} is reached (${used} tokens used of ${o.forcingBudget}) but has no continuation`);
    }
    used += forceTokens;
    segments.push({ kind: 'force', round, text: force, tokens: forceTokens });
    last = { kind: 'think', round, ...limited(text, o.forcingBudget - used) };
    segments.push(last);
    used += last.tokens;
  }
  if (continuations.length > round) {
    throw new Error(`${where}: field continuations: ${continuations.length} given but only ${round} round(s) are reached`);
  }
  return { segments };
}
