/**
 * Sweeps started from the app. One run at a time (one model in memory). A run keeps going
 * when its window closes (the manager belongs to the process, not to a connection); its run
 * log in the data folder is written question by question, so pause, cancel, a crash or a
 * restart of the app lose at most the question in progress, and resume continues from the
 * log.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadEvalData } from '../../engine/data/load-eval-data';
import type { LiveTracePiece, SweepHooks } from '../../engine/sweep/types';
import { itemKey, type Item } from '../../shared/domain';
import type { LivePiece, RunRequest, RunState, RunStatus } from '../../shared/desktop/run';
import { getPreset, withForceString, type ProtocolPreset } from '../../shared/protocol/preset';
import { parseRunLog, type RunLog } from '../../shared/runlog';
import type { EventHub } from './event-hub';
import { checkGgufFile } from './gguf-file';
import type { Logger } from './log-file';
import { gpuOption } from './model-inspect';
import { RunStore } from './run-store';
import { sampleItems } from './sample';

export const DEFAULT_SAMPLE_SEED = 42;

interface ActiveRun {
  status: RunStatus;
  controller: AbortController;
  /** What an abort means: stop for now, or give up. */
  stopAs: 'paused' | 'cancelled';
  done: Promise<void>;
  pieces: LivePiece[];
  flushTimer?: ReturnType<typeof setTimeout>;
}

function presetFor(req: RunRequest): ProtocolPreset {
  const base = getPreset(req.preset);
  return req.forceString && req.forceString !== base.forceString ? withForceString(base, req.forceString) : base;
}

/** The questions of a request: data file, sources, seeded sample. */
export async function requestItems(req: RunRequest): Promise<Item[]> {
  const all = await loadEvalData(req.data, req.sources && req.sources.length > 0 ? { sources: req.sources } : {});
  return sampleItems(all, req.sampleSize, req.seed ?? DEFAULT_SAMPLE_SEED);
}

export class RunManager {
  readonly store: RunStore;
  private readonly active = new Map<string, ActiveRun>();

  constructor(
    dataDir: () => string,
    private readonly hub: EventHub,
    private readonly log: Logger,
    private readonly defaultThreads: () => number,
  ) {
    this.store = new RunStore(dataDir);
  }

  /** Checks everything the user gave, writes the request and starts the sweep. */
  async start(req: RunRequest): Promise<RunStatus> {
    const running = this.running();
    if (running) throw new Error(`run ${running.status.id} is still running; pause or cancel it first (one model is loaded at a time)`);
    let preset: ProtocolPreset;
    try {
      preset = presetFor(req);
    } catch (e) {
      throw new Error(`preset: ${(e as Error).message}`, { cause: e });
    }
    await checkGgufFile(req.model);
    const items = await requestItems(req);
    if (items.length === 0) throw new Error(`${req.data}: no questions selected`);
    const id = this.store.newId(req);
    this.store.create(id, req);
    this.log.info(`run ${id}: start, ${items.length} questions, model ${req.model}, data ${req.data}`);
    return this.launch(id, req, items, preset, false);
  }

  async resume(id: string): Promise<RunStatus> {
    const a = this.active.get(id);
    if (a) throw new Error(`run ${id} is already running`);
    const running = this.running();
    if (running) throw new Error(`run ${running.status.id} is still running; pause or cancel it first`);
    if (!this.store.exists(id)) throw new Error(`no run ${id} in ${this.store.root}`);
    const req = this.store.request(id);
    const stored = this.store.state(id);
    if (stored?.state === 'finished') throw new Error(`run ${id} has finished; nothing to resume`);
    await checkGgufFile(req.model);
    const items = await requestItems(req);
    const file = this.store.runLog(id);
    const hasLog = existsSync(file) && statSync(file).size > 0;
    this.log.info(`run ${id}: resume${hasLog ? '' : ' (no run log yet: starting afresh)'}`);
    return this.launch(id, req, items, presetFor(req), hasLog, stored?.startedAt);
  }

  pause(id: string): Promise<RunStatus> {
    return this.stop(id, 'paused');
  }

  cancel(id: string): Promise<RunStatus> {
    return this.stop(id, 'cancelled');
  }

  private async stop(id: string, as: 'paused' | 'cancelled'): Promise<RunStatus> {
    const a = this.active.get(id);
    if (a) {
      a.stopAs = as;
      a.controller.abort();
      await a.done;
      return this.status(id);
    }
    if (!this.store.exists(id)) throw new Error(`no run ${id}`);
    const s = this.status(id);
    if (s.state === 'finished') throw new Error(`run ${id} has finished`);
    if (as === 'paused') throw new Error(`run ${id} is not running (${s.state})`);
    this.store.saveState(id, { state: 'cancelled', total: s.total, startedAt: s.startedAt, updatedAt: new Date().toISOString() });
    const next = this.status(id);
    this.hub.emit({ type: 'run', status: next });
    return next;
  }

  list(): RunStatus[] {
    return this.store.ids().map((id) => this.status(id));
  }

  status(id: string): RunStatus {
    const a = this.active.get(id);
    if (a) return structuredClone(a.status);
    const req = this.store.request(id);
    const stored = this.store.state(id);
    let state: RunState = stored?.state ?? 'interrupted';
    // A run recorded as running that no process runs any more was interrupted (closed, crashed).
    if (state === 'running' || state === 'starting') state = 'interrupted';
    const s: RunStatus = {
      id,
      request: req,
      state,
      runLog: this.store.runLog(id),
      total: stored?.total ?? 0,
      done: this.store.doneCount(id),
      generatedTokens: 0,
      tokensPerSecond: 0,
      startedAt: stored?.startedAt ?? '',
      updatedAt: stored?.updatedAt ?? '',
    };
    if (stored?.error) s.error = stored.error;
    return s;
  }

  async runLog(id: string): Promise<RunLog> {
    if (!this.store.exists(id)) throw new Error(`no run ${id}`);
    const file = this.store.runLog(id);
    if (!existsSync(file)) throw new Error(`${file}: the run has not written its run log yet`);
    const text = await readFile(file, 'utf8');
    // A line being written right now is not complete yet.
    const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
    return parseRunLog(complete, file);
  }

  /** Settles when the given run (or every run) is no longer active. */
  async idle(id?: string): Promise<void> {
    const runs = id ? [this.active.get(id)] : [...this.active.values()];
    await Promise.all(runs.map((a) => a?.done));
  }

  /** Pause whatever runs (app quitting): the run log stays valid for resume. */
  async shutdown(): Promise<void> {
    await Promise.all([...this.active.keys()].map((id) => this.pause(id).catch(() => undefined)));
  }

  private running(): ActiveRun | undefined {
    return [...this.active.values()][0];
  }

  private launch(id: string, req: RunRequest, items: Item[], preset: ProtocolPreset, resume: boolean, startedAt?: string): RunStatus {
    const now = new Date().toISOString();
    const controller = new AbortController();
    const status: RunStatus = {
      id,
      request: req,
      state: 'starting',
      runLog: this.store.runLog(id),
      total: items.length,
      done: resume ? this.store.doneCount(id) : 0,
      generatedTokens: 0,
      tokensPerSecond: 0,
      startedAt: startedAt || now,
      updatedAt: now,
    };
    const a: ActiveRun = { status, controller, stopAs: 'paused', done: Promise.resolve(), pieces: [] };
    this.active.set(id, a);
    this.persist(a);
    this.publish(a);

    const t0 = performance.now();
    let lastPublish = 0;
    let doneThisAttempt = 0;
    let msThisAttempt = 0;
    const touch = (force = false) => {
      const elapsed = (performance.now() - t0) / 1000;
      status.tokensPerSecond = elapsed > 0 ? Math.round(status.generatedTokens / elapsed) : 0;
      const left = status.total - status.done;
      if (doneThisAttempt > 0) status.etaSeconds = Math.round(((msThisAttempt / doneThisAttempt) * left) / 1000);
      status.updatedAt = new Date().toISOString();
      const t = performance.now();
      if (force || t - lastPublish > 250) {
        lastPublish = t;
        this.publish(a);
      }
    };
    const hooks: SweepHooks = {
      onStart: ({ total, skipped }) => {
        status.state = 'running';
        status.total = total;
        status.done = skipped;
        this.persist(a);
        touch(true);
      },
      onQuestionStart: (item) => {
        status.current = itemKey(item);
        this.live(a, { kind: 'begin', question: itemKey(item), label: item.question.slice(0, 200) });
        touch(true);
      },
      onTokens: (n) => {
        status.generatedTokens += n;
        touch();
      },
      onTrace: (piece: LiveTracePiece) => {
        if (piece.kind !== 'begin') this.live(a, piece);
      },
      onQuestionDone: (record, stats) => {
        status.done++;
        doneThisAttempt++;
        msThisAttempt += stats.ms;
        this.flushLive(a);
        this.hub.emit({ type: 'run-question', runId: id, question: itemKey(record.item), done: status.done, total: status.total });
        touch(true);
      },
    };

    a.done = (async () => {
      const { runSweep } = await import('../../engine/sweep/run-sweep');
      try {
        await runSweep(
          {
            modelPath: req.model,
            items,
            grid: req.grid,
            preset,
            mode: req.mode,
            budgetPolicy: req.budgetPolicy,
            threads: req.threads || this.defaultThreads() || undefined,
            gpu: gpuOption(req.gpu),
            out: this.store.runLog(id),
            resume,
            signal: controller.signal,
            data: { file: req.data, ...(req.sources?.length ? { sources: req.sources } : {}) },
            title: req.title ?? id,
          },
          hooks,
        );
        status.state = controller.signal.aborted ? a.stopAs : 'finished';
      } catch (e) {
        if (controller.signal.aborted) status.state = a.stopAs;
        else {
          status.state = 'failed';
          status.error = e instanceof Error ? e.message : String(e);
          this.log.error(`run ${id}: ${status.error}`);
        }
      }
      this.flushLive(a);
      status.current = undefined;
      status.etaSeconds = undefined;
      status.done = this.store.doneCount(id);
      this.active.delete(id);
      this.log.info(`run ${id}: ${status.state}, ${status.done}/${status.total} questions`);
      this.persist(a);
      touch(true);
    })();
    return structuredClone(status);
  }

  private persist(a: ActiveRun): void {
    const s = a.status;
    this.store.saveState(s.id, { state: s.state, total: s.total, ...(s.error ? { error: s.error } : {}), startedAt: s.startedAt, updatedAt: new Date().toISOString() });
  }

  private publish(a: ActiveRun): void {
    this.hub.emit({ type: 'run', status: structuredClone(a.status) });
  }

  private live(a: ActiveRun, piece: LivePiece): void {
    const last = a.pieces[a.pieces.length - 1];
    // Consecutive text of the same kind travels as one piece.
    if (last && (piece.kind === 'think' || piece.kind === 'answer') && last.kind === piece.kind && (piece.kind === 'answer' || (last as { round: number }).round === piece.round)) {
      (last as { text: string }).text += piece.text;
    } else a.pieces.push(piece);
    a.flushTimer ??= setTimeout(() => this.flushLive(a), 60);
  }

  private flushLive(a: ActiveRun): void {
    if (a.flushTimer) clearTimeout(a.flushTimer);
    a.flushTimer = undefined;
    if (a.pieces.length === 0) return;
    const pieces = a.pieces;
    a.pieces = [];
    this.hub.emit({ type: 'run-live', runId: a.status.id, pieces });
  }
}
