/**
 * Span labels are anchored by character offsets in the text of the condition they were made on
 * (thinking + answer prefix + answer). The thinking is a prefix of the question's one trace, so a
 * span that ends inside the thinking is also a span of the trace, and it shows on every
 * condition whose thinking contains it. A span reaching into the answer belongs to its own
 * condition only.
 */
import type { ConditionId, Tag } from '../../../shared/domain';
import type { StoredCondition } from './study-types';

/** A span tag as it shows on one condition's text. */
export interface SpanOnCondition {
  tag: Tag;
  start: number;
  end: number;
  /** The span was made on another condition that shares this prefix. */
  shared: boolean;
}

/** Whether a span made on `origin` lies in the shared trace (inside origin's thinking). */
export function spanInTrace(origin: StoredCondition, span: { start: number; end: number }): boolean {
  return origin.thinkingText === undefined && span.end <= origin.cut.chars;
}

/** The span tags to show on one condition. */
export function spansOnCondition(tags: readonly Tag[], conditions: readonly StoredCondition[], target: StoredCondition): SpanOnCondition[] {
  const byId = new Map<ConditionId, StoredCondition>(conditions.map((c) => [c.id, c]));
  const out: SpanOnCondition[] = [];
  for (const tag of tags) {
    if (!tag.span) continue;
    const { start, end } = tag.span;
    if (tag.conditionId === target.id || tag.conditionId === undefined) {
      out.push({ tag, start, end, shared: false });
      continue;
    }
    const origin = byId.get(tag.conditionId);
    if (!origin || !spanInTrace(origin, tag.span)) continue;
    if (target.thinkingText === undefined && end <= target.cut.chars) out.push({ tag, start, end, shared: true });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Conditions a span made on `origin` shows on (origin first, then the ladder order). */
export function conditionsSharingSpan(conditions: readonly StoredCondition[], origin: StoredCondition, span: { start: number; end: number }): ConditionId[] {
  if (!spanInTrace(origin, span)) return [origin.id];
  return [origin.id, ...conditions.filter((c) => c.id !== origin.id && c.thinkingText === undefined && span.end <= c.cut.chars).map((c) => c.id)];
}
