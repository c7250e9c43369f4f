/**
 * Run-log resume: a sweep killed with SIGKILL and resumed ends with the same records as an
 * uninterrupted one; torn last lines are truncated; a different run is refused.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RunLogWriter, buildHeader, readRunLogForResume, runSweep, type SweepOptions } from '../../src/engine';
import { M1_PRESET } from '../../src/shared/protocol';
import { parseRunLog, type QuestionRecordLine } from '../../src/shared/runlog';
import { CRASH_GRID, ENGINE_FIXTURES, testItems, tinyModel } from './fixture';

const OUT = path.join(ENGINE_FIXTURES, 'resume');
let modelPath: string;

const base = (out: string): SweepOptions => ({
  modelPath,
  items: testItems(),
  grid: CRASH_GRID,
  preset: M1_PRESET,
  mode: 'shared',
  budgetPolicy: 'strict',
  threads: 1,
  gpu: false,
  out,
});

/** Records without timings (the only fields that differ between runs). */
function withoutTimings(records: QuestionRecordLine[]) {
  return records.map((r) => ({ ...r, timingMs: undefined, conditions: r.conditions.map((c) => ({ ...c, timingMs: undefined })) }));
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  modelPath = await tinyModel();
});

describe('run log resume', () => {
  it('resumes a sweep killed with SIGKILL to the same records as an uninterrupted run', async () => {
    const whole = path.join(OUT, 'whole.jsonl');
    const crashed = path.join(OUT, 'crashed.jsonl');
    rmSync(whole, { force: true });
    rmSync(crashed, { force: true });
    await runSweep(base(whole));

    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/engine/sweep-child.ts', modelPath, crashed], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, sig) => resolve(sig ?? code)));
    // Kill as soon as two records are on disk, while the third question runs.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        const lines = existsSync(crashed) ? readFileSync(crashed, 'utf8').split('\n').filter(Boolean).length : 0;
        if (lines >= 3) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      child.on('exit', () => {
        clearInterval(timer);
        reject(new Error(`the child ended before it was killed: ${stderr}`));
      });
    });
    expect(await exited).toBe('SIGKILL');
    const partial = parseRunLog(readFileSync(crashed, 'utf8').split('\n').slice(0, -1).join('\n'), crashed);
    expect(partial.records.length).toBeGreaterThanOrEqual(2);
    expect(partial.records.length).toBeLessThan(testItems().length);

    let skipped = -1;
    const summary = await runSweep({ ...base(crashed), resume: true }, { onStart: (i) => (skipped = i.skipped) });
    expect(skipped).toBe(partial.records.length);
    expect(summary.questions + summary.skipped).toBe(testItems().length);

    const a = parseRunLog(readFileSync(whole, 'utf8'), whole);
    const b = parseRunLog(readFileSync(crashed, 'utf8'), crashed);
    expect(b.header.startedAt).toBe(partial.header.startedAt);
    expect(withoutTimings(b.records)).toEqual(withoutTimings(a.records));
  });

  it('truncates a torn last line before appending', async () => {
    const whole = path.join(OUT, 'whole.jsonl');
    const torn = path.join(OUT, 'torn.jsonl');
    const lines = readFileSync(whole, 'utf8').split('\n').filter(Boolean);
    writeFileSync(torn, lines.slice(0, 3).join('\n') + '\n');
    appendFileSync(torn, lines[3].slice(0, 200));
    const state = readRunLogForResume(torn);
    expect(state?.tornBytes).toBe(200);
    expect(state?.log?.records).toHaveLength(2);
    await runSweep({ ...base(torn), resume: true });
    const a = parseRunLog(readFileSync(whole, 'utf8'), whole);
    const b = parseRunLog(readFileSync(torn, 'utf8'), torn);
    expect(withoutTimings(b.records)).toEqual(withoutTimings(a.records));
  });

  it('refuses to overwrite a run log without resume, and to resume a different run', async () => {
    const whole = path.join(OUT, 'whole.jsonl');
    const before = readFileSync(whole, 'utf8');
    await expect(runSweep(base(whole))).rejects.toThrow(/whole\.jsonl: the run log already exists/);
    await expect(runSweep({ ...base(whole), resume: true, grid: { budgets: [24, 48], rounds: [0, 2] } })).rejects.toThrow(
      /whole\.jsonl:1: cannot resume: header field grid\.budgets is \[24,96\] in the file but \[24,48\] now/,
    );
    await expect(runSweep({ ...base(whole), resume: true, mode: 'independent' })).rejects.toThrow(/header field mode/);
    expect(readFileSync(whole, 'utf8')).toBe(before);
  });

  it('rejects a record that does not match the schema, writing nothing', () => {
    const file = path.join(OUT, 'bad.jsonl');
    rmSync(file, { force: true });
    const header = buildHeader({
      model: { file: 'm.gguf', sizeBytes: 1, sha256: 'x' },
      preset: M1_PRESET,
      grid: CRASH_GRID,
      mode: 'shared',
      budgetPolicy: 'strict',
      engine: { name: 'node-llama-cpp' },
    });
    const w = RunLogWriter.open(file, header);
    const item = testItems(1)[0];
    expect(() => w.append({ type: 'question', item: { ...item, answerIdx: 'Z' }, trace: { segments: [] }, conditions: [] })).toThrow(
      /bad\.jsonl: record for EngineTest#0: field item\.answerIdx: gold letter is not an option/,
    );
    w.close();
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
  });
});
