/**
 * The text appended after a condition's thinking before the answer is generated
 * (protocol phase 3).
 */
import type { FinishReason } from '../../src/shared/domain';

export const ANSWER_START = '<|im_start|>answer';
export const FINAL_ANSWER = '\nFinal Answer:';

/** "\n" when the thinking does not end with one, then the answer start (plus "Final Answer:" after a budget cut). */
export function answerPrefix(thinking: string, finish: FinishReason): string {
  const newline = thinking.endsWith('\n') ? '' : '\n';
  return newline + ANSWER_START + (finish === 'length' ? FINAL_ANSWER : '');
}
