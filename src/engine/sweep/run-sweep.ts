/**
 * runSweep: run a grid of (budget, rounds) conditions over a list of questions with a local
 * GGUF model, writing one run-log record per question (flushed as it completes).
 */
import { getModuleVersion } from 'node-llama-cpp';
import { itemKey } from '../../shared/domain';
import { buildPrompt, m1ExactCap } from '../../shared/protocol';
import { checkContextBudget, createSweepContext, type ContextBudget } from '../local/context';
import { TraceSession } from '../local/session';
import { stopTokens } from '../local/stops';
import { readModelIdentity } from '../model/identity';
import { loadLocalModel } from '../model/load';
import { buildHeader } from '../runlog/header';
import { RunLogWriter } from '../runlog/writer';
import type { PromptInput } from './backend';
import { maxOf, validateGrid, validateItems } from './grid';
import { LocalBackend } from './local-backend';
import { runGrid } from './run-grid';
import type { SweepHooks, SweepOptions, SweepSummary } from './types';

/** Upper bound on the thinking tokens of any trace the sweep generates. */
export function thinkingBound(maxBudget: number, policy: SweepOptions['budgetPolicy']): number {
  // m1-exact: forcing needs usage below B, and a continuation then gets at most the cap.
  return policy === 'strict' ? maxBudget : maxBudget + m1ExactCap(maxBudget);
}

/** Throws on a mode or budget policy that is not one of the known ones. */
export function checkModeAndPolicy(mode: unknown, budgetPolicy: unknown): void {
  if (mode !== 'shared' && mode !== 'independent') throw new Error(`mode must be "shared" or "independent", got ${String(mode)}`);
  if (budgetPolicy !== 'strict' && budgetPolicy !== 'm1-exact') throw new Error(`budgetPolicy must be "strict" or "m1-exact", got ${String(budgetPolicy)}`);
}

export async function runSweep(options: SweepOptions, hooks: SweepHooks = {}): Promise<SweepSummary> {
  const t0 = performance.now();
  const { preset, items, grid, mode, budgetPolicy, signal } = options;
  checkModeAndPolicy(mode, budgetPolicy);
  validateGrid(grid);
  validateItems(items);
  const maxBudget = maxOf(grid.budgets);
  const thinkingTokens = thinkingBound(maxBudget, budgetPolicy);

  const identity = await readModelIdentity(options.modelPath);
  const trainContext = identity.trainContextSize;
  // Fail before loading weights when the budgets alone cannot fit.
  if (trainContext !== undefined) {
    checkContextBudget({ promptTokens: 0, thinkingTokens, answerPrefixTokens: 0, answerTokens: preset.maxAnswerTokens }, trainContext);
  }
  // Refuse a run log that cannot be written or resumed before loading any weights.
  RunLogWriter.preflight(options.out, buildHeader({ model: identity, preset, grid, mode, budgetPolicy, engine: { name: 'node-llama-cpp' } }), {
    resume: options.resume,
  });
  const fitEstimate = Math.min(trainContext ?? Infinity, thinkingTokens + preset.maxAnswerTokens + 2048);
  const loaded = await loadLocalModel(options.modelPath, { gpu: options.gpu, contextSize: fitEstimate, signal });
  const { model } = loaded;
  let ctx: Awaited<ReturnType<typeof createSweepContext>> | undefined;
  try {
    const stops = stopTokens(model, preset);
    const prompts = new Map<string, PromptInput>();
    for (const item of items) {
      const text = buildPrompt(item, preset);
      prompts.set(itemKey(item), { text, ids: model.tokenize(text, true) });
    }
    const prefixTokens = Math.max(
      model.tokenize('\n' + preset.answerPrefixAfterLength, true).length,
      model.tokenize('\n' + preset.answerPrefixAfterStop, true).length,
    );
    const budget: ContextBudget = {
      promptTokens: maxOf([...prompts.values()].map((p) => p.ids.length)),
      thinkingTokens,
      answerPrefixTokens: prefixTokens,
      answerTokens: preset.maxAnswerTokens,
    };
    ctx = await createSweepContext(model, budget, { threads: options.threads, signal });

    const header = buildHeader({
      model: identity,
      preset,
      grid,
      mode,
      budgetPolicy,
      engine: {
        name: 'node-llama-cpp',
        version: await getModuleVersion(),
        gpu: loaded.gpu,
        gpuLayers: loaded.gpuLayers,
        threads: ctx.threads,
        contextSize: ctx.contextSize,
      },
      data: options.data,
      title: options.title,
    });
    const session = new TraceSession(ctx.sequence, model, {
      temperature: preset.temperature,
      seed: preset.seed,
      stops,
      signal,
      onToken: hooks.onTokens ? () => hooks.onTokens!(1) : undefined,
      onLive: hooks.onTrace ? (piece) => hooks.onTrace!(piece) : undefined,
    });
    const backend = new LocalBackend(model, session, header.engine);
    return await runGrid({ backend, options, header, prompts, t0 }, hooks);
  } finally {
    await ctx?.context.dispose();
    await model.dispose();
  }
}
