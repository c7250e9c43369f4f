/**
 * The texts a condition shows: its thinking (a prefix of the question's trace, unless the
 * condition carries its own), and the full text a reviewer compares (thinking + answer prefix +
 * answer).
 */
import type { ConditionResult, Trace } from '../../../shared/domain';
import { traceText } from '../../../shared/domain';

/** Thinking text of one condition: the trace up to its cut, or the condition's own text. */
export function conditionThinking(trace: Trace, result: Pick<ConditionResult, 'cut' | 'thinkingText'>): string {
  if (result.thinkingText !== undefined) return result.thinkingText;
  return traceText(trace).slice(0, result.cut.chars);
}

/** Everything the model saw and said after the prompt for this condition. */
export function conditionFullText(
  trace: Trace,
  result: Pick<ConditionResult, 'cut' | 'thinkingText' | 'answerPrefix' | 'answerText'>,
): string {
  return conditionThinking(trace, result) + result.answerPrefix + result.answerText;
}

/** A character range inside a condition's full text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where the forcing strings ("Wait") sit inside a condition's thinking. Only known when the
 * thinking is a prefix of the trace; a condition with its own thinking text yields none.
 */
export function forcingSpans(trace: Trace, result: Pick<ConditionResult, 'cut' | 'thinkingText'>): TextSpan[] {
  if (result.thinkingText !== undefined) return [];
  const spans: TextSpan[] = [];
  let offset = 0;
  for (const segment of trace.segments) {
    const start = offset;
    const end = offset + segment.text.length;
    offset = end;
    if (start >= result.cut.chars) break;
    if (segment.kind === 'force') spans.push({ start, end: Math.min(end, result.cut.chars) });
  }
  return spans;
}
