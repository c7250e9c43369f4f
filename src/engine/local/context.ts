/**
 * The inference context of a sweep: sized for the longest prompt + the longest thinking
 * trace + the longest answer prefix + the answer tokens, checked against the model's
 * training context, created with an exact thread count, and never allowed to shift.
 */
import { availableParallelism } from 'node:os';
import type { LlamaContext, LlamaContextSequence, LlamaModel } from 'node-llama-cpp';

export interface ContextBudget {
  promptTokens: number;
  /** Thinking tokens of the longest trace, forcing strings included. */
  thinkingTokens: number;
  answerPrefixTokens: number;
  answerTokens: number;
}

export class ContextTooSmallError extends Error {
  constructor(
    readonly needed: number,
    readonly available: number,
    parts: ContextBudget,
    what: string,
  ) {
    super(
      `a context of ${needed} tokens is needed (prompt ${parts.promptTokens} + thinking ${parts.thinkingTokens} + ` +
        `answer prefix ${parts.answerPrefixTokens} + answer ${parts.answerTokens}), but ${what} is ${available} tokens; ` +
        `use smaller budgets or fewer forcing rounds`,
    );
    this.name = 'ContextTooSmallError';
  }
}

export class ContextShiftError extends Error {
  constructor(size: number) {
    super(`the context (${size} tokens) is full; it is never shifted, since that would erase the prompt`);
    this.name = 'ContextShiftError';
  }
}

export function contextTokensNeeded(b: ContextBudget): number {
  return b.promptTokens + b.thinkingTokens + b.answerPrefixTokens + b.answerTokens;
}

/** Thread count when none is given: every core the process may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/** Throws ContextTooSmallError when the budget exceeds `limit` (the training context). */
export function checkContextBudget(b: ContextBudget, limit: number, what = "the model's training context"): number {
  const needed = contextTokensNeeded(b);
  if (needed > limit) throw new ContextTooSmallError(needed, limit, b, what);
  return needed;
}

export interface SweepContext {
  context: LlamaContext;
  sequence: LlamaContextSequence;
  contextSize: number;
  threads: number;
}

export async function createSweepContext(
  model: LlamaModel,
  b: ContextBudget,
  opts: { threads?: number; signal?: AbortSignal },
): Promise<SweepContext> {
  const needed = checkContextBudget(b, model.trainContextSize);
  const threads = opts.threads ?? defaultThreads();
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`threads must be a positive integer, got ${threads}`);
  const llama = model.llama;
  if (llama.maxThreads !== 0 && llama.maxThreads < threads) llama.maxThreads = threads;
  let context: LlamaContext;
  try {
    context = await model.createContext({
      contextSize: needed,
      sequences: 1,
      threads: { ideal: threads, min: threads },
      failedCreationRemedy: false,
      createSignal: opts.signal,
    });
  } catch (e) {
    throw new Error(`cannot create a context of ${needed} tokens: ${(e as Error).message}`, { cause: e });
  }
  if (context.contextSize < needed) {
    await context.dispose();
    throw new ContextTooSmallError(needed, context.contextSize, b, 'the context created');
  }
  return { context, sequence: context.getSequence(), contextSize: context.contextSize, threads };
}
