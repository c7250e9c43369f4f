/**
 * Greedy thinking on a loaded model, the way the m1 protocol runs it: evaluate the prompt,
 * generate until <|im_start|> / <|im_end|> / another end-of-generation token or the budget.
 */
import type { LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';

export interface ThinkingResult {
  tokens: Token[];
  /** Generated text (stop token excluded). */
  text: string;
  finish: 'stop' | 'length';
  stopToken?: Token;
}

export function stopTokens(model: LlamaModel): Set<Token> {
  const ids = model.tokenize('<|im_start|><|im_end|><|endoftext|>', true);
  return new Set(ids);
}

/** Generates greedily from `input` (already in the sequence's context or not) up to `budget` new tokens. */
export async function generateThinking(
  model: LlamaModel,
  sequence: LlamaContextSequence,
  input: Token[],
  budget: number,
): Promise<ThinkingResult> {
  const stops = stopTokens(model);
  const tokens: Token[] = [];
  let finish: 'stop' | 'length' = 'length';
  let stopToken: Token | undefined;
  if (budget > 0) {
    for await (const token of sequence.evaluate(input, { temperature: 0, yieldEogToken: true })) {
      if (stops.has(token) || model.isEogToken(token)) {
        finish = 'stop';
        stopToken = token;
        break;
      }
      tokens.push(token);
      if (tokens.length >= budget) break;
    }
  }
  const text = model.detokenize(tokens, false);
  return { tokens, text, finish, stopToken };
}
