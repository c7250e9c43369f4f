/**
 * `m1wb sweep`: run a model over eval items across a grid of thinking budgets and forcing
 * rounds, writing a run log. Everything the user gave is checked before the run starts;
 * Ctrl-C cancels cleanly (the run log stays valid; continue with --resume).
 */
import { rm, stat } from 'node:fs/promises';
import { loadEvalData } from '../../engine/data/load-eval-data';
import { InputError } from '../../engine/data/input-error';
import { itemKey } from '../../shared/domain';
import { exitCodeFor, EXIT_BAD_INPUT } from '../exit';
import { resolveModel } from '../model-uri';
import { checkOutputDir } from '../output-file';
import { resolvePreset } from '../preset-flags';
import { createSweepProgress } from '../sweep-progress';

export interface SweepCommandOptions {
  model: string;
  data: string;
  sources?: string[];
  limit?: number;
  budgets: number[];
  rounds: number[];
  forceString?: string;
  preset: string;
  mode: 'shared' | 'independent';
  budgetPolicy: 'strict' | 'm1-exact';
  threads?: number;
  gpu: 'auto' | 'cuda' | 'vulkan' | 'metal' | false;
  out: string;
  resume?: boolean;
  title?: string;
}

async function fileSize(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).size;
  } catch {
    return undefined;
  }
}

/** Resolves to the process exit code. */
export async function sweepCommand(opts: SweepCommandOptions): Promise<number> {
  const preset = resolvePreset(opts.preset, opts.forceString);
  await checkOutputDir(opts.out);
  const existing = await fileSize(opts.out);
  if (existing && !opts.resume) {
    throw new InputError(`--out ${opts.out}: the run log already exists; add --resume to continue it, or choose another path`);
  }
  const items = await loadEvalData(opts.data, { sources: opts.sources, limit: opts.limit });

  const controller = new AbortController();
  let interrupts = 0;
  const onSigint = () => {
    interrupts++;
    if (interrupts === 1) {
      process.stderr.write('\nm1wb: cancelling after the current step (the run log stays valid; continue with --resume); Ctrl-C again to quit at once\n');
      controller.abort();
    } else process.exit(130);
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);

  const modelPath = await resolveModel(opts.model, controller.signal);
  const { runSweep } = await import('../../engine/index');
  const progress = await createSweepProgress();
  let written = 0;
  try {
    const summary = await runSweep(
      {
        modelPath,
        items,
        grid: { budgets: opts.budgets, rounds: opts.rounds },
        preset,
        mode: opts.mode,
        budgetPolicy: opts.budgetPolicy,
        threads: opts.threads,
        gpu: opts.gpu,
        out: opts.out,
        resume: opts.resume,
        signal: controller.signal,
        data: { file: opts.data, ...(opts.sources ? { sources: opts.sources } : {}), ...(opts.limit !== undefined ? { limit: opts.limit } : {}) },
        ...(opts.title ? { title: opts.title } : {}),
      },
      {
        onStart: ({ total, skipped }) => progress.start(total, skipped),
        onQuestionStart: (item) => progress.questionStart(item),
        onTokens: (n) => progress.tokens(n),
        onQuestionDone: (record, stats) => {
          written++;
          progress.questionDone(itemKey(record.item), stats);
        },
      },
    );
    progress.stop();
    const secs = summary.ms / 1000;
    process.stderr.write(
      `${opts.out}: ${summary.questions} questions run${summary.skipped ? `, ${summary.skipped} skipped (already done)` : ''}; ` +
        `${summary.generatedTokens} tokens generated, ${summary.evaluatedTokens} evaluated in ${secs.toFixed(1)} s` +
        `${secs > 0 ? ` (${Math.round(summary.generatedTokens / secs)} tok/s)` : ''}\n`,
    );
    if (controller.signal.aborted) {
      process.stderr.write(`m1wb: cancelled; continue with: m1wb sweep … --out ${opts.out} --resume\n`);
      return 130;
    }
    return 0;
  } catch (e) {
    progress.stop();
    if (controller.signal.aborted && (e as Error)?.name === 'AbortError') {
      process.stderr.write(`m1wb: cancelled; continue with --resume\n`);
      return 130;
    }
    // A run log that belongs to another run (grid, preset, mode, model) is the user's input error.
    const error = e instanceof Error && /: cannot resume: /.test(e.message) ? new InputError(e.message) : e;
    // Nothing is left behind when the run never started properly.
    if (existing === undefined && (exitCodeFor(error) === EXIT_BAD_INPUT || written === 0)) await rm(opts.out, { force: true });
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
  }
}
