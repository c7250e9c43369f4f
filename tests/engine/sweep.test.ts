/**
 * The engine through real node-llama-cpp on the tiny test model: exact budgets, forcing
 * rounds, answer prefixes, shared vs independent identity, token savings, run-log resume.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContextTooSmallError, getRuntime, runSweep, type SweepOptions, type SweepSummary } from '../../src/engine';

import { M1_PRESET, buildPrompt, withForceString } from '../../src/shared/protocol';
import { parseRunLog, type RunLog } from '../../src/shared/runlog';
import { ENGINE_FIXTURES, testItems, tinyModel } from './fixture';
import { comparableConditions, conditionThinking } from './comparable';

const OUT = path.join(ENGINE_FIXTURES, 'sweep');
const GRID = { budgets: [16, 48, 128], rounds: [0, 1, 2, 3] };
let modelPath: string;

function outFile(name: string): string {
  const f = path.join(OUT, `${name}.jsonl`);
  rmSync(f, { force: true });
  return f;
}

async function sweep(name: string, over: Partial<SweepOptions> = {}): Promise<{ log: RunLog; summary: SweepSummary }> {
  const out = outFile(name);
  const summary = await runSweep({
    modelPath,
    items: testItems(),
    grid: GRID,
    preset: M1_PRESET,
    mode: 'shared',
    budgetPolicy: 'strict',
    threads: 1,
    gpu: false,
    out,
    ...over,
  });
  return { log: parseRunLog(readFileSync(out, 'utf8'), out), summary };
}

const thinking = conditionThinking;
const comparable = comparableConditions;

let shared: { log: RunLog; summary: SweepSummary };
let independent: { log: RunLog; summary: SweepSummary };

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  modelPath = await tinyModel();
  shared = await sweep('shared');
  independent = await sweep('independent', { mode: 'independent' });
});

describe('protocol on the real model', () => {
  it('tokenizes the exact prompt with special tokens', async () => {
    const llama = await getRuntime(false);
    const model = await llama.loadModel({ modelPath });
    try {
      const item = testItems(1)[0];
      const text = buildPrompt(item, M1_PRESET);
      const ids = model.tokenize(text, true);
      const imStart = model.tokenize('<|im_start|>', true);
      expect(imStart).toHaveLength(1);
      expect(ids[0]).toBe(imStart[0]);
      expect(ids.filter((t) => t === imStart[0])).toHaveLength(4);
      expect(model.detokenize(ids, true)).toBe(text);
    } finally {
      await model.dispose();
    }
  });

  it('writes a header with model identity, preset, grid, mode and policy', () => {
    const h = shared.log.header;
    expect(h.model.file).toBe('tiny.gguf');
    expect(h.model.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(h.model.architecture).toBe('qwen2');
    expect(h.model.trainContextSize).toBe(32768);
    expect(h.model.quantization).toBeTruthy();
    expect(h.preset).toEqual({ ...M1_PRESET });
    expect(h.grid).toEqual(GRID);
    expect(h).toMatchObject({ mode: 'shared', budgetPolicy: 'strict', engine: { name: 'node-llama-cpp', version: '3.21.1', threads: 1, gpu: false } });
    expect(shared.log.records).toHaveLength(testItems().length);
  });

  it('cuts at the budget and answers with "Final Answer:" after a length finish', () => {
    const hits = shared.log.records.flatMap((r) => r.conditions.filter((c) => c.thinkingFinish === 'length'));
    expect(hits.length).toBeGreaterThan(0);
    for (const c of hits) {
      expect(c.cut.tokens).toBe(c.condition.budget);
      expect(c.answerPrefix).toMatch(/^\n?<\|im_start\|>answer\nFinal Answer:$/);
    }
  });

  it('forces the string k times after natural stops, then starts the answer', () => {
    const forced = shared.log.records.flatMap((r) => r.conditions.filter((c) => c.roundsDone > 0).map((c) => ({ r, c })));
    expect(forced.length).toBeGreaterThan(0);
    let naturalAfterRounds = 0;
    for (const { r, c } of forced) {
      const text = thinking(r, c);
      const forces = r.trace.segments.filter((s) => s.kind === 'force' && s.round <= c.roundsDone);
      expect(forces).toHaveLength(c.roundsDone);
      for (const f of forces) expect(['Wait', ' Wait']).toContain(f.text);
      const before = r.trace.segments.slice(0, r.trace.segments.indexOf(forces[0])).map((s) => s.text).join('');
      expect(text.startsWith(before + forces[0].text)).toBe(true);
      if (c.thinkingFinish === 'stop') {
        naturalAfterRounds++;
        expect(c.roundsDone).toBeLessThanOrEqual(c.condition.rounds);
        expect(c.answerPrefix).toMatch(/^\n?<\|im_start\|>answer$/);
      }
    }
    expect(naturalAfterRounds).toBeGreaterThan(0);
    // A condition that asked for no rounds never contains the forcing string's segment.
    for (const r of shared.log.records) for (const c of r.conditions.filter((x) => x.condition.rounds === 0)) expect(c.roundsDone).toBe(0);
  });

  it('never exceeds the budget under the strict policy', () => {
    for (const r of shared.log.records) for (const c of r.conditions) expect(c.tokens.thinking).toBeLessThanOrEqual(c.condition.budget);
  });

  it('gives identical texts, answers and outcomes in shared and independent mode', () => {
    expect(independent.log.records).toHaveLength(shared.log.records.length);
    shared.log.records.forEach((r, i) => {
      const ind = independent.log.records[i];
      expect(ind.item).toEqual(r.item);
      expect(ind.trace).toEqual(r.trace);
      expect(comparable(ind)).toEqual(comparable(r));
    });
  });

  it('shares answers between conditions with the same cut and evaluates far fewer tokens', () => {
    const sharedCount = shared.log.records.flatMap((r) => r.conditions.filter((c) => c.sharedWith)).length;
    expect(sharedCount).toBeGreaterThan(0);
    expect(independent.log.records.flatMap((r) => r.conditions.filter((c) => c.sharedWith))).toHaveLength(0);
    expect(shared.summary.evaluatedTokens).toBeLessThan(independent.summary.evaluatedTokens * 0.5);
    expect(shared.summary.generatedTokens).toBeLessThan(independent.summary.generatedTokens);
  });

  it('records the reference re-encoded token count next to the engine count', () => {
    for (const r of shared.log.records) {
      for (const c of r.conditions) {
        expect(c.tokens.reencoded).toBeGreaterThan(0);
        expect(c.tokens.reencoded).toBeGreaterThanOrEqual(c.tokens.thinking + 1);
      }
    }
  });

  it('uses another forcing string from the preset', async () => {
    const { log } = await sweep('hmm', { items: testItems(3), grid: { budgets: [96], rounds: [2] }, preset: withForceString(M1_PRESET, 'Hmm') });
    const forces = log.records.flatMap((r) => r.trace.segments.filter((s) => s.kind === 'force'));
    expect(forces.length).toBeGreaterThan(0);
    for (const f of forces) expect(['Hmm', ' Hmm']).toContain(f.text);
    expect(log.header.preset.forceString).toBe('Hmm');
  });

  it('gives identical results in both modes under the m1-exact policy', async () => {
    const grid = { budgets: [32, 64], rounds: [0, 2] };
    const a = await sweep('exact-shared', { grid, budgetPolicy: 'm1-exact' });
    const b = await sweep('exact-independent', { grid, budgetPolicy: 'm1-exact', mode: 'independent' });
    expect(a.log.header.budgetPolicy).toBe('m1-exact');
    // The batch allowance lets some trace overshoot its budget, which strict never does.
    expect(a.log.records.some((r) => r.conditions.some((c) => c.tokens.thinking > c.condition.budget))).toBe(true);
    a.log.records.forEach((r, i) => expect(comparable(b.log.records[i])).toEqual(comparable(r)));
  });

  it('fails clearly when the budgets do not fit the training context', async () => {
    const out = outFile('too-big');
    await expect(
      runSweep({ modelPath, items: testItems(1), grid: { budgets: [40000], rounds: [0] }, preset: M1_PRESET, mode: 'shared', budgetPolicy: 'strict', threads: 1, gpu: false, out }),
    ).rejects.toThrow(ContextTooSmallError);
    await expect(
      runSweep({ modelPath, items: testItems(1), grid: { budgets: [32000], rounds: [0] }, preset: M1_PRESET, mode: 'shared', budgetPolicy: 'strict', threads: 1, gpu: false, out }),
    ).rejects.toThrow(/a context of \d+ tokens is needed \(prompt \d+ \+ thinking 32000 \+ answer prefix \d+ \+ answer 1024\), but the model's training context is 32768 tokens/);
  });
});
