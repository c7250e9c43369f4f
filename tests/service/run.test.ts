/**
 * Sweeps from the app through the API, on the tiny model: start, live trace and progress
 * events, pause and resume from the run log (no question lost or run twice), cancel, a run
 * interrupted by a closed app resumed by a new process's manager, and bad requests rejected.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDesktopContext } from '../../src/service';
import { requestItems } from '../../src/service/desktop/run-manager';
import { sampleItems } from '../../src/service/desktop/sample';
import type { AppEvent, RunRequest } from '../../src/shared/api';
import { itemKey } from '../../src/shared/domain';
import { harness, TINY_EVAL, TINY_MODEL, until, type Harness } from './harness';

let h: Harness;
afterEach(async () => h?.dispose());

function request(over: Partial<RunRequest> = {}): RunRequest {
  return {
    title: 'Tiny run',
    model: TINY_MODEL,
    data: TINY_EVAL,
    grid: { budgets: [16, 48], rounds: [0, 1] },
    preset: 'm1',
    mode: 'shared',
    budgetPolicy: 'strict',
    gpu: 'cpu',
    threads: 1,
    ...over,
  };
}

const runEvents = (events: AppEvent[], id: string) => events.filter((e): e is Extract<AppEvent, { type: 'run' }> => e.type === 'run' && e.status.id === id);
const stateOf = (events: AppEvent[], id: string) => runEvents(events, id).at(-1)?.status.state;

describe('startRun', () => {
  it('runs the sweep into the data folder, streaming the trace and each finished question', async () => {
    h = harness();
    const started = await h.api.startRun(request());
    expect(started.state).toBe('starting');
    expect(started.runLog).toBe(path.join(h.dir, 'data/runs', started.id, 'run.jsonl'));
    await until(() => stateOf(h.events, started.id) === 'finished', 'the run to finish');
    const log = await h.api.getRunLog(started.id);
    expect(log.records).toHaveLength(6);
    expect(log.header.title).toBe('Tiny run');
    const questions = h.events.filter((e) => e.type === 'run-question').map((e) => (e as { question: string }).question);
    expect(questions).toEqual(log.records.map((r) => itemKey(r.item)));
    const live = h.events.flatMap((e) => (e.type === 'run-live' ? e.pieces : []));
    expect(live.filter((p) => p.kind === 'begin').map((p) => (p as { question: string }).question)).toEqual(questions);
    // The streamed thinking of the first question is its recorded trace.
    const firstEnd = live.findIndex((p, i) => i > 0 && (p.kind === 'begin' || p.kind === 'cut'));
    const streamed = live.slice(1, firstEnd).map((p) => (p.kind === 'think' || p.kind === 'force' ? p.text : '')).join('');
    expect(streamed).toBe(log.records[0].trace.segments.map((s) => s.text).join(''));
    const [listed] = await h.api.listRuns();
    expect(listed).toMatchObject({ id: started.id, state: 'finished', done: 6, total: 6 });
    const last = runEvents(h.events, started.id).at(-1)!.status;
    expect(last.generatedTokens).toBeGreaterThan(0);
    expect(readFileSync(h.desktop.log.file, 'utf8')).toMatch(new RegExp(`run ${started.id}: finished, 6/6 questions`));
    await expect(h.api.resumeRun(started.id)).rejects.toThrow(/has finished; nothing to resume/);
  });

  it('pauses after a question and resumes from the run log without losing or repeating one', async () => {
    h = harness();
    let id = '';
    let paused: Promise<unknown> | undefined;
    const stop = h.desktop.hub.subscribe((e) => {
      if (e.type === 'run-question' && e.runId === id && !paused) paused = h.api.pauseRun(id);
    });
    id = (await h.api.startRun(request({ sampleSize: 4, seed: 7 }))).id;
    await until(() => paused !== undefined, 'the first question');
    const status = (await paused) as { state: string; done: number; total: number };
    stop();
    expect(status.state).toBe('paused');
    expect(status.done).toBeGreaterThanOrEqual(1);
    expect(status.done).toBeLessThan(4);
    expect((await h.api.getRunLog(id)).records).toHaveLength(status.done);
    await h.api.resumeRun(id);
    await until(() => stateOf(h.events, id) === 'finished', 'the resumed run to finish');
    const log = await h.api.getRunLog(id);
    const keys = log.records.map((r) => itemKey(r.item));
    expect(new Set(keys).size).toBe(4);
    // Exactly the seeded sample of the request, each question once.
    const sample = (await requestItems(request({ sampleSize: 4, seed: 7 }))).map(itemKey);
    expect([...keys].sort()).toEqual([...sample].sort());
  });

  it('cancels; a cancelled run can still be resumed', async () => {
    h = harness();
    let id = '';
    let cancelled: Promise<unknown> | undefined;
    h.desktop.hub.subscribe((e) => {
      if (e.type === 'run-question' && e.runId === id && !cancelled) cancelled = h.api.cancelRun(id);
    });
    id = (await h.api.startRun(request())).id;
    await until(() => cancelled !== undefined, 'the first question');
    expect(((await cancelled) as { state: string }).state).toBe('cancelled');
    expect((await h.api.listRuns())[0].state).toBe('cancelled');
    await h.api.resumeRun(id);
    await until(() => stateOf(h.events, id) === 'finished', 'the resumed run');
    expect((await h.api.getRunLog(id)).records).toHaveLength(6);
  });

  it('shows a run the app was closed during as interrupted, and a new manager resumes it', async () => {
    h = harness();
    const id = (await h.api.startRun(request())).id;
    await until(() => h.events.some((e) => e.type === 'run-question'), 'a question');
    // What a crash leaves: the state file says running, and no process runs it.
    const stateFile = path.join(h.dir, 'data/runs', id, 'state.json');
    await h.desktop.runs.pause(id);
    const saved = JSON.parse(readFileSync(stateFile, 'utf8'));
    writeFileSync(stateFile, JSON.stringify({ ...saved, state: 'running' }));
    const again = createDesktopContext({ settingsFile: path.join(h.dir, 'config/settings.json'), defaultDataDir: path.join(h.dir, 'data') });
    const before = again.runs.list()[0];
    expect(before.state).toBe('interrupted');
    await again.runs.resume(id);
    await again.runs.idle(id);
    expect(again.runs.status(id)).toMatchObject({ state: 'finished', done: 6 });
  });

  it('draws the same seeded sample every time', () => {
    const items = Array.from({ length: 50 }, (_, index) => ({ source: 'S', index, question: 'q', options: { A: 'a', B: 'b' }, answer: 'a', answerIdx: 'A' }));
    const a = sampleItems(items, 10, 3).map((i) => i.index);
    expect(a).toEqual(sampleItems(items, 10, 3).map((i) => i.index));
    expect(a).not.toEqual(sampleItems(items, 10, 4).map((i) => i.index));
    expect(a).toEqual([...a].sort((x, y) => x - y));
    expect(new Set(a).size).toBe(10);
  });
});

describe('bad requests', () => {
  it('rejects invalid arguments and names the field', async () => {
    h = harness();
    await expect(h.api.startRun({ ...request(), grid: { budgets: [0], rounds: [0] } })).rejects.toThrow(/invalid arguments to startRun: 0\.grid\.budgets\.0/);
    await expect(h.api.startRun({ ...request(), mode: 'parallel' } as never)).rejects.toThrow(/startRun: 0\.mode/);
    await expect(h.api.startRun({ ...request(), extra: 1 } as never)).rejects.toThrow(/startRun: 0/);
    await expect(h.api.pauseRun('../../etc')).rejects.toThrow(/invalid arguments to pauseRun: 0: a run id/);
    await expect(h.api.getRunLog('Bad Id')).rejects.toThrow(/getRunLog: 0/);
  });

  it('checks the model, data and preset before creating a run', async () => {
    h = harness();
    await expect(h.api.startRun(request({ model: path.join(h.dir, 'missing.gguf') }))).rejects.toThrow(/missing\.gguf: no such file/);
    await expect(h.api.startRun(request({ data: path.join(h.dir, 'missing.json') }))).rejects.toThrow(/missing\.json/);
    await expect(h.api.startRun(request({ sources: ['NoSuchSource'] }))).rejects.toThrow(/NoSuchSource/);
    await expect(h.api.startRun(request({ preset: 'nope' }))).rejects.toThrow(/preset: /);
    expect(await h.api.listRuns()).toEqual([]);
    await expect(h.api.resumeRun('no-such-run')).rejects.toThrow(/no run no-such-run/);
  });

  it('lists the sources of an eval file', async () => {
    h = harness();
    expect(await h.api.listEvalSources(TINY_EVAL)).toEqual([
      { name: 'MedQA_USLME_test', count: 3 },
      { name: 'MedMCQA_validation', count: 3 },
    ]);
  });
});
