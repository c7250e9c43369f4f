/**
 * The sweep over a grid of conditions, written once for every backend: budget policy,
 * shared or independent mode, lanes running questions concurrently, one run-log record
 * per question (flushed as it completes), resume.
 */
import { itemKey, type Condition, type Item } from '../../shared/domain';
import { m1ExactAllowances, m1ExactCap, strictAllowance, tableAllowance, type Allowance, type SegmentShape } from '../../shared/protocol';
import type { RunHeader } from '../../shared/runlog';
import { RunLogWriter } from '../runlog/writer';
import type { PromptInput, SweepBackend, SweepLane } from './backend';
import { gridConditions, maxOf } from './grid';
import { runOnLanes } from './lane-pool';
import { generateLongTrace, runIndependentQuestion, runSharedQuestion, type QuestionOutcome, type QuestionRun } from './question';
import { generateTrace, type TokenSegment } from './trace';
import type { SweepHooks, SweepOptions, SweepSummary } from './types';

export interface GridRun {
  backend: SweepBackend;
  options: Pick<SweepOptions, 'items' | 'grid' | 'preset' | 'mode' | 'budgetPolicy' | 'out' | 'resume' | 'signal'>;
  header: RunHeader;
  /** Prompt of every item, by item key. */
  prompts: Map<string, PromptInput>;
  t0: number;
}

export async function runGrid(run: GridRun, hooks: SweepHooks = {}): Promise<SweepSummary> {
  const { backend, options, prompts } = run;
  const { preset, items, grid, mode, budgetPolicy, signal } = options;
  const conditions = gridConditions(grid);
  const maxBudget = maxOf(grid.budgets);
  const lanes = backend.lanes;
  const writer = RunLogWriter.open(options.out, run.header, { resume: options.resume });
  try {
    const done = writer.done;
    const todo = items.filter((it) => !done.has(itemKey(it)));
    const skipped = items.length - todo.length;
    hooks.onStart?.({ total: items.length, skipped, header: writer.header });

    const question = (lane: SweepLane, item: Item, allowanceFor: (c: Condition) => Allowance): QuestionRun => ({
      backend,
      lane,
      preset,
      item,
      prompt: prompts.get(itemKey(item))!,
      conditions,
      allowanceFor,
    });
    const finish = (o: QuestionOutcome) => {
      writer.append(o.record);
      hooks.onQuestionDone?.(o.record, o.stats);
    };

    if (todo.length > 0) {
      if (budgetPolicy === 'strict') {
        const allowanceFor = (c: Condition) => strictAllowance(c.budget);
        await runOnLanes(
          lanes,
          todo,
          async (item, lane) => {
            hooks.onQuestionStart?.(item);
            const q = question(lane, item, allowanceFor);
            finish(mode === 'shared' ? await runSharedQuestion(q, strictAllowance(maxBudget)) : await runIndependentQuestion(q));
          },
          signal,
        );
      } else if (mode === 'shared') {
        // Pass 1: every question's long trace (finished ones too: the batch minimum needs them).
        const cap: Allowance = () => m1ExactCap(maxBudget);
        const longTraces = new Map<string, TokenSegment[]>();
        await runOnLanes(
          lanes,
          items,
          async (item, lane) => {
            const long = await generateLongTrace(question(lane, item, () => cap), cap);
            longTraces.set(itemKey(item), long.segments);
          },
          signal,
        );
        const shapes: SegmentShape[][] = items.map((it) => longTraces.get(itemKey(it))!);
        const tables = new Map(conditions.map((c) => [c, m1ExactAllowances(shapes, c)]));
        const allowanceFor = (c: Condition) => tableAllowance(tables.get(c)!);
        // Pass 2: regenerate each question's long trace (checked identical) and branch the answers.
        await runOnLanes(
          lanes,
          todo,
          async (item, lane) => {
            hooks.onQuestionStart?.(item);
            finish(await runSharedQuestion(question(lane, item, allowanceFor), cap, longTraces.get(itemKey(item))));
          },
          signal,
        );
      } else {
        const tables = new Map<Condition, number[]>();
        for (const c of conditions) tables.set(c, await probeM1ExactAllowances(run, c));
        const allowanceFor = (c: Condition) => tableAllowance(tables.get(c)!);
        await runOnLanes(
          lanes,
          todo,
          async (item, lane) => {
            hooks.onQuestionStart?.(item);
            finish(await runIndependentQuestion(question(lane, item, allowanceFor)));
          },
          signal,
        );
      }
    }
    return {
      questions: todo.length,
      skipped,
      evaluatedTokens: lanes.reduce((n, l) => n + l.evaluatedTotal, 0),
      generatedTokens: lanes.reduce((n, l) => n + l.generatedTotal, 0),
      ms: performance.now() - run.t0,
    };
  } finally {
    writer.close();
  }
}

/**
 * m1-exact allowances of one condition the way the reference scripts get them: run every
 * question from scratch up to the round, take the batch's smallest usage, next round.
 */
async function probeM1ExactAllowances(run: GridRun, c: Condition): Promise<number[]> {
  const { backend, options, prompts } = run;
  const allowances: number[] = [];
  let active = options.items;
  for (let r = 1; r <= c.rounds; r++) {
    let min = Infinity;
    const reached = new Set<string>();
    await runOnLanes(
      backend.lanes,
      active,
      async (item, lane) => {
        const tr = await generateTrace(backend, lane, options.preset, prompts.get(itemKey(item))!, c.budget, c.rounds, (round) =>
          round < r ? allowances[round] : undefined,
        );
        if (tr.pending?.round === r) {
          min = Math.min(min, tr.pending.used);
          reached.add(itemKey(item));
        }
      },
      options.signal,
    );
    if (min === Infinity) break;
    allowances[r] = c.budget - min;
    active = active.filter((it) => reached.has(itemKey(it)));
  }
  return allowances;
}
