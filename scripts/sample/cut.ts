/**
 * Where a condition's thinking ends inside a question's one trace.
 */
import type { Condition, Cut, FinishReason, Trace } from '../../src/shared/domain';
import { conditionId } from '../../src/shared/domain';
import { tokenEnd } from './tokens';

export interface CutPoint {
  cut: Cut;
  roundsDone: number;
  thinkingFinish: FinishReason;
  /** The thinking text before the cut. */
  text: string;
}

/**
 * The cut for `condition`: round-0 thinking up to the budget, then, after a natural stop and
 * while budget is left, each forcing string and its continuation, the last one cut at the
 * budget. Throws when the trace is too short to serve the condition.
 */
export function cutTrace(trace: Trace, condition: Condition, forcingTokens: number): CutPoint {
  const { budget, rounds } = condition;
  let tokens = 0;
  let text = '';
  let roundsDone = 0;
  let finish: FinishReason = 'stop';
  const fail = (why: string): never => {
    throw new Error(`trace cannot serve ${conditionId(condition)}: ${why}`);
  };
  for (const seg of trace.segments) {
    if (seg.round > rounds) break;
    if (seg.kind === 'force') {
      if (finish !== 'stop' || tokens + seg.tokens >= budget) break;
      tokens += seg.tokens;
      text += seg.text;
      roundsDone = seg.round;
      continue;
    }
    const room = budget - tokens;
    if (seg.tokens >= room) {
      text += seg.text.slice(0, tokenEnd(seg.text, room));
      tokens = budget;
      finish = 'length';
      break;
    }
    if (seg.finish === 'length') fail(`round ${seg.round} was cut at ${seg.tokens} tokens, short of this budget`);
    tokens += seg.tokens;
    text += seg.text;
    finish = 'stop';
  }
  if (finish === 'stop' && roundsDone < rounds && tokens + forcingTokens < budget) {
    const next = trace.segments.find((s) => s.round === roundsDone + 1);
    if (!next) fail(`round ${roundsDone + 1} is missing`);
  }
  return { cut: { tokens, chars: text.length }, roundsDone, thinkingFinish: finish, text };
}
