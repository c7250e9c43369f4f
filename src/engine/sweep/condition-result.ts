/** One condition's result record: cut, answer, grade, outcome and token accounting. */
import { conditionId, type Condition, type ConditionId, type ConditionResult, type Item } from '../../shared/domain';
import { gradeAnswer } from '../../shared/grader';
import { classifyOutcome } from '../../shared/outcome';
import type { AnswerBranch, ThinkingCut } from './answer';
import { cutText } from './answer';

/**
 * The reference scripts' token count: each generated piece, forcing string, the added
 * "\n", the answer prefix and the answer, re-encoded one by one from decoded text.
 */
export async function reencodedTokens(
  tokenize: (text: string) => Promise<number[]>,
  cut: ThinkingCut,
  branch: Pick<AnswerBranch, 'prefix' | 'text'>,
): Promise<number> {
  const enc = async (s: string) => (s ? (await tokenize(s)).length : 0);
  let n = 0;
  for (const p of cut.parts) n += await enc(p.text);
  const newline = branch.prefix.startsWith('\n') ? 1 : 0;
  if (newline) n += await enc('\n');
  n += await enc(branch.prefix.slice(newline));
  n += await enc(branch.text);
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

export function conditionResult(args: {
  /** The reference scripts' re-encoded token count (see reencodedTokens). */
  reencoded: number;
  item: Item;
  condition: Condition;
  cut: ThinkingCut;
  branch: AnswerBranch;
  traceText: string;
  sharedWith?: Condition;
}): ConditionResult {
  const { item, condition, cut, branch, traceText } = args;
  const thinkingText = cutText(cut);
  const isPrefix = traceText.startsWith(thinkingText);
  const grade = gradeAnswer(branch.prefix + branch.text, item);
  const outcome = classifyOutcome({ thinkingText, answerPrefix: branch.prefix, answerText: branch.text, grade });
  const shared = args.sharedWith !== undefined;
  const result: ConditionResult = {
    condition,
    cut: { tokens: cut.tokens, chars: isPrefix ? thinkingText.length : commonPrefixLength(thinkingText, traceText) },
    roundsDone: cut.roundsDone,
    thinkingFinish: cut.finish,
    answerPrefix: branch.prefix,
    answerText: branch.text,
    grade,
    outcome,
    tokens: {
      thinking: cut.tokens,
      answer: branch.tokens,
      reencoded: args.reencoded,
      evaluated: shared ? 0 : branch.evaluated,
    },
    timingMs: { answer: shared ? 0 : round1(branch.ms) },
  };
  if (!isPrefix) result.thinkingText = thinkingText;
  if (args.sharedWith) result.sharedWith = conditionId(args.sharedWith) as ConditionId;
  return result;
}

export function round1(ms: number): number {
  return Math.round(ms * 10) / 10;
}
