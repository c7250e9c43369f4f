/**
 * Prompt text, forcing text and answer prefix of the m1 protocol. Pure string functions;
 * every constant comes from the preset.
 */
import type { FinishReason, Item } from '../domain';
import type { ProtocolPreset } from './preset';

/** The user message: question, one "X. text" line per option in data order, the instruction. */
export function userMessage(item: Pick<Item, 'question' | 'options'>, preset: ProtocolPreset): string {
  const optionLines = Object.entries(item.options).map(([letter, text]) => `${letter}. ${text}`);
  return `${item.question}\n${optionLines.join('\n')}\n${preset.userInstruction}`;
}

/**
 * The whole prompt, as the Qwen2.5 chat template renders one user message with no system
 * message (so its default system prompt), plus the generation prompt and the think marker.
 * Tokenize it with special-token parsing on.
 */
export function buildPrompt(item: Pick<Item, 'question' | 'options'>, preset: ProtocolPreset): string {
  return (
    `<|im_start|>system\n${preset.systemPrompt}${preset.turnEnd}` +
    `${preset.userPrefix}${userMessage(item, preset)}${preset.turnEnd}` +
    `${preset.assistantPrefix}${preset.thinkPrefix}`
  );
}

/**
 * The text appended for one forcing round. Reference quirk: a space goes before the
 * forcing string only when the thinking so far ends with a space and not with a newline.
 */
export function forcingText(thinkingSoFar: string, force: string): string {
  return !thinkingSoFar.endsWith('\n') && thinkingSoFar.endsWith(' ') ? ` ${force}` : force;
}

/**
 * The text appended after the thinking to start the answer: "\n" when the thinking does
 * not end with one, then the prefix for how the last thinking segment finished.
 */
export function answerPrefix(thinkingText: string, lastFinish: FinishReason, preset: ProtocolPreset): string {
  const newline = thinkingText.endsWith('\n') ? '' : '\n';
  return newline + (lastFinish === 'length' ? preset.answerPrefixAfterLength : preset.answerPrefixAfterStop);
}
