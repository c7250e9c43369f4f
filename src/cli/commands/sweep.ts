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
import type { SweepHooks, SweepSummary } from '../../engine/sweep/types';

export interface SweepCommandOptions {
  /** Local: the GGUF file or URI (required). Remote: the served model name or a local copy of its GGUF. */
  model?: string;
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
  backend?: 'local' | 'remote';
  baseUrl?: string;
  apiKey?: string;
  parallel?: number;
  timeoutMs?: number;
  retries?: number;
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
  const backend = opts.backend ?? 'local';
  if (backend === 'local' && !opts.model) throw new InputError('--model: a GGUF model file or URI is needed with --backend local');
  if (backend === 'remote' && !opts.baseUrl) throw new InputError('--base-url: the server URL is needed with --backend remote');
  if (backend === 'local' && opts.baseUrl) throw new InputError('--base-url: only used with --backend remote');
  if (backend === 'remote' && opts.baseUrl) {
    try {
      const u = new URL(opts.baseUrl);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    } catch {
      throw new InputError(`--base-url ${opts.baseUrl}: an http:// or https:// URL is needed`);
    }
  }
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

  const common = {
    items,
    grid: { budgets: opts.budgets, rounds: opts.rounds },
    preset,
    mode: opts.mode,
    budgetPolicy: opts.budgetPolicy,
    out: opts.out,
    resume: opts.resume,
    signal: controller.signal,
    data: { file: opts.data, ...(opts.sources ? { sources: opts.sources } : {}), ...(opts.limit !== undefined ? { limit: opts.limit } : {}) },
    ...(opts.title ? { title: opts.title } : {}),
  };
  let run: (hooks: SweepHooks) => Promise<SweepSummary>;
  if (backend === 'local') {
    const modelPath = await resolveModel(opts.model!, controller.signal);
    const { runSweep } = await import('../../engine/index');
    run = (hooks) => runSweep({ ...common, modelPath, threads: opts.threads, gpu: opts.gpu }, hooks);
  } else {
    const localCopy = opts.model && (await fileSize(opts.model)) !== undefined ? opts.model : undefined;
    const { runRemoteSweep } = await import('../../engine/remote/index');
    run = (hooks) =>
      runRemoteSweep(
        {
          ...common,
          baseUrl: opts.baseUrl!,
          apiKey: opts.apiKey || undefined,
          parallel: opts.parallel,
          timeoutMs: opts.timeoutMs,
          retries: opts.retries,
          ...(localCopy ? { modelPath: localCopy } : opts.model ? { model: opts.model } : {}),
          onRetry: ({ url, attempt, delayMs, reason }) => process.stderr.write(`\nm1wb: ${url}: ${reason}; retry ${attempt} in ${delayMs} ms\n`),
        },
        hooks,
      );
  }
  const progress = await createSweepProgress();
  let written = 0;
  try {
    const summary = await run(
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
