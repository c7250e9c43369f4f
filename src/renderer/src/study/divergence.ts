/**
 * Where two conditions' texts part ways: the length of their shared prefix, and the cut points
 * of the question's other conditions that fall inside one condition's thinking.
 */
import type { ConditionId } from '../../../shared/domain';
import type { StoredCondition } from './study-types';

/** Length of the longest common prefix of two texts (UTF-16 code units). */
export function sharedPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Never split a surrogate pair.
  if (i > 0 && i < n && isHighSurrogate(a.charCodeAt(i - 1))) i--;
  return i;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A condition's thinking ending inside another condition's text. */
export interface CutMark {
  /** Character offset of the cut in the trace. */
  at: number;
  /** Conditions whose thinking ends there, in ladder order. */
  conditions: ConditionId[];
  /** Thinking tokens before the cut (engine count). */
  tokens: number;
  /** True when the thinking was cut by the budget (finish reason "length"). */
  budget: boolean;
}

/**
 * The cuts of every trace-prefix condition that fall strictly inside the given thinking length:
 * where a smaller budget or fewer rounds would have stopped. Conditions with their own thinking
 * text (independent runs) have no place on the shared trace and are left out.
 */
export function cutMarksWithin(conditions: readonly StoredCondition[], thinkingLength: number): CutMark[] {
  const byAt = new Map<number, CutMark>();
  for (const c of conditions) {
    if (c.thinkingText !== undefined) continue;
    const at = c.cut.chars;
    if (at <= 0 || at >= thinkingLength) continue;
    const mark = byAt.get(at);
    if (mark) {
      mark.conditions.push(c.id);
      mark.budget ||= c.thinkingFinish === 'length';
    } else {
      byAt.set(at, { at, conditions: [c.id], tokens: c.cut.tokens, budget: c.thinkingFinish === 'length' });
    }
  }
  return [...byAt.values()].sort((a, b) => a.at - b.at);
}
