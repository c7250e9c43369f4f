/**
 * runSweep: run a grid of (budget, rounds) conditions over a list of questions with a local
 * GGUF model, writing one run-log record per question (flushed as it completes).
 */
import { getModuleVersion, type Token } from 'node-llama-cpp';
import { itemKey, type Condition } from '../../shared/domain';
import {
  buildPrompt,
  m1ExactAllowances,
  m1ExactCap,
  strictAllowance,
  tableAllowance,
  type Allowance,
  type SegmentShape,
} from '../../shared/protocol';
import { checkContextBudget, createSweepContext, type ContextBudget } from '../local/context';
import { TraceSession } from '../local/session';
import { stopTokens } from '../local/stops';
import { readModelIdentity } from '../model/identity';
import { loadLocalModel } from '../model/load';
import { buildHeader } from '../runlog/header';
import { RunLogWriter } from '../runlog/writer';
import { gridConditions, maxOf, validateGrid, validateItems } from './grid';
import { generateLongTrace, runIndependentQuestion, runSharedQuestion, type QuestionOutcome, type QuestionRun } from './question';
import { generateTrace, type TokenSegment } from './trace';
import type { SweepHooks, SweepOptions, SweepSummary } from './types';

/** Upper bound on the thinking tokens of any trace the sweep generates. */
export function thinkingBound(maxBudget: number, policy: SweepOptions['budgetPolicy']): number {
  // m1-exact: forcing needs usage below B, and a continuation then gets at most the cap.
  return policy === 'strict' ? maxBudget : maxBudget + m1ExactCap(maxBudget);
}

export async function runSweep(options: SweepOptions, hooks: SweepHooks = {}): Promise<SweepSummary> {
  const t0 = performance.now();
  const { preset, items, grid, mode, budgetPolicy, signal } = options;
  if (mode !== 'shared' && mode !== 'independent') throw new Error(`mode must be "shared" or "independent", got ${String(mode)}`);
  if (budgetPolicy !== 'strict' && budgetPolicy !== 'm1-exact') throw new Error(`budgetPolicy must be "strict" or "m1-exact", got ${String(budgetPolicy)}`);
  validateGrid(grid);
  validateItems(items);
  const conditions = gridConditions(grid);
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
  let writer: RunLogWriter | undefined;
  let ctx: Awaited<ReturnType<typeof createSweepContext>> | undefined;
  try {
    const stops = stopTokens(model, preset);
    const promptIds = new Map<string, Token[]>();
    for (const item of items) promptIds.set(itemKey(item), model.tokenize(buildPrompt(item, preset), true));
    const prefixTokens = Math.max(
      model.tokenize('\n' + preset.answerPrefixAfterLength, true).length,
      model.tokenize('\n' + preset.answerPrefixAfterStop, true).length,
    );
    const budget: ContextBudget = {
      promptTokens: maxOf([...promptIds.values()].map((p) => p.length)),
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
    writer = RunLogWriter.open(options.out, header, { resume: options.resume });
    const done = writer.done;
    const todo = items.filter((it) => !done.has(itemKey(it)));
    const skipped = items.length - todo.length;
    hooks.onStart?.({ total: items.length, skipped, header: writer.header });

    const session = new TraceSession(ctx.sequence, model, {
      temperature: preset.temperature,
      seed: preset.seed,
      stops,
      signal,
      onToken: hooks.onTokens ? () => hooks.onTokens!(1) : undefined,
      onLive: hooks.onTrace ? (piece) => hooks.onTrace!(piece) : undefined,
    });
    const question = (item: (typeof items)[number], allowanceFor: (c: Condition) => Allowance): QuestionRun => ({
      session,
      preset,
      item,
      promptIds: promptIds.get(itemKey(item))!,
      conditions,
      allowanceFor,
    });
    const finish = (o: QuestionOutcome) => {
      writer!.append(o.record);
      hooks.onQuestionDone?.(o.record, o.stats);
    };

    if (todo.length > 0) {
      if (budgetPolicy === 'strict') {
        const allowanceFor = (c: Condition) => strictAllowance(c.budget);
        for (const item of todo) {
          signal?.throwIfAborted();
          hooks.onQuestionStart?.(item);
          const q = question(item, allowanceFor);
          finish(mode === 'shared' ? await runSharedQuestion(q, strictAllowance(maxBudget)) : await runIndependentQuestion(q));
        }
      } else if (mode === 'shared') {
        // Pass 1: every question's long trace (finished ones too: the batch minimum needs them).
        const cap: Allowance = () => m1ExactCap(maxBudget);
        const longTraces = new Map<string, TokenSegment[]>();
        for (const item of items) {
          signal?.throwIfAborted();
          const long = await generateLongTrace(question(item, () => cap), cap);
          longTraces.set(itemKey(item), long.segments);
        }
        const shapes: SegmentShape[][] = [...longTraces.values()];
        const tables = new Map(conditions.map((c) => [c, m1ExactAllowances(shapes, c)]));
        const allowanceFor = (c: Condition) => tableAllowance(tables.get(c)!);
        // Pass 2: regenerate each question's long trace (checked identical) and branch the answers.
        for (const item of todo) {
          signal?.throwIfAborted();
          hooks.onQuestionStart?.(item);
          finish(await runSharedQuestion(question(item, allowanceFor), cap, longTraces.get(itemKey(item))));
        }
      } else {
        const tables = new Map<Condition, number[]>();
        for (const c of conditions) tables.set(c, await probeM1ExactAllowances(session, options, promptIds, c));
        const allowanceFor = (c: Condition) => tableAllowance(tables.get(c)!);
        for (const item of todo) {
          signal?.throwIfAborted();
          hooks.onQuestionStart?.(item);
          finish(await runIndependentQuestion(question(item, allowanceFor)));
        }
      }
    }
    return {
      questions: todo.length,
      skipped,
      evaluatedTokens: session.evaluatedTotal,
      generatedTokens: session.generatedTotal,
      ms: performance.now() - t0,
    };
  } finally {
    writer?.close();
    await ctx?.context.dispose();
    await model.dispose();
  }
}

/**
 * m1-exact allowances of one condition the way the reference scripts get them: run every
 * question from scratch up to the round, take the batch's smallest usage, next round.
 */
async function probeM1ExactAllowances(
  session: TraceSession,
  options: SweepOptions,
  promptIds: Map<string, Token[]>,
  c: Condition,
): Promise<number[]> {
  const allowances: number[] = [];
  let active = options.items;
  for (let r = 1; r <= c.rounds; r++) {
    let min = Infinity;
    const next: typeof active = [];
    for (const item of active) {
      options.signal?.throwIfAborted();
      const tr = await generateTrace(session, options.preset, promptIds.get(itemKey(item))!, c.budget, c.rounds, (round) =>
        round < r ? allowances[round] : undefined,
      );
      if (tr.pending?.round === r) {
        min = Math.min(min, tr.pending.used);
        next.push(item);
      }
    }
    if (min === Infinity) break;
    allowances[r] = c.budget - min;
    active = next;
  }
  return allowances;
}
