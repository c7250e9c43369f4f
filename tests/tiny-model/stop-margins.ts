/**
 * Tuning aid for the stop bias: runs greedy thinking with the stop tokens never chosen and
 * records, at every step, how far the best stop token's logit lies below the best other
 * token's. With an extra stop bias b, greedy thinking stops at the first step whose margin is
 * below b (the trajectory before that step does not depend on b), so one run gives the natural
 * stop lengths for every candidate bias at once.
 *
 *   npx tsx tests/tiny-model/stop-margins.ts [--profile tiny|bench] [--seed N] [--steps N]
 *     [--prompts N] [--biases 1,2,3] [--override '{"stopRowScale":0.5}']
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getLlama, type Token } from 'node-llama-cpp';
import { PROFILES, writeTinyModel, type TinyProfileName } from '../../src/engine/tiny-model';
import { m1PromptText, SAMPLE_QUESTIONS } from './prompts';
import { quantile } from './quantile';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      profile: { type: 'string', default: 'tiny' },
      seed: { type: 'string', default: '42' },
      steps: { type: 'string' },
      prompts: { type: 'string' },
      biases: { type: 'string' },
      override: { type: 'string' },
    },
  });
  const profile = values.profile as TinyProfileName;
  const steps = Number(values.steps ?? (profile === 'bench' ? 3000 : 512));
  const overrides = { ...(values.override ? JSON.parse(values.override) : {}), stopBias: 0 };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'm1wb-margins-'));
  const { path: modelPath } = await writeTinyModel(path.join(dir, 'm.gguf'), { profile, seed: Number(values.seed), overrides });
  const llama = await getLlama({ gpu: false, build: 'never' });
  const model = await llama.loadModel({ modelPath });
  const context = await model.createContext({ contextSize: steps + 512, threads: 1 });
  const stops = new Set<Token>(model.tokenize('<|im_start|><|im_end|>', true));
  const questions = SAMPLE_QUESTIONS.slice(0, values.prompts ? Number(values.prompts) : undefined);
  const margins: Float32Array[] = [];
  for (const q of questions) {
    const sequence = context.getSequence();
    const m = new Float32Array(steps).fill(Infinity);
    const iterator = sequence.evaluateWithMetadata(model.tokenize(m1PromptText(q), true), { probabilities: true }, { temperature: 1, topK: 0, topP: 1, yieldEogToken: true });
    let step = 0;
    let result = await iterator.next();
    while (!result.done && step < steps) {
      let best = -1 as Token;
      let bestP = -1;
      let stopP = 0;
      for (const [token, p] of result.value.probabilities) {
        if (stops.has(token)) stopP = Math.max(stopP, p);
        else if (p > bestP) { bestP = p; best = token; }
      }
      m[step] = stopP > 0 ? Math.log(bestP) - Math.log(stopP) : Infinity;
      step++;
      result = await iterator.next(best);
    }
    await iterator.return();
    margins.push(m);
    sequence.dispose();
  }
  const base = PROFILES[profile].stopBias;
  const biases = (values.biases ?? [base - 2, base - 1, base, base + 1, base + 2].join(',')).split(',').map(Number);
  for (const b of biases) {
    const lengths: number[] = [];
    let hits = 0;
    for (const m of margins) {
      const t = m.findIndex((x) => x < b);
      if (t < 0) hits++;
      else lengths.push(t);
    }
    lengths.sort((x, y) => x - y);
    const q = (p: number): string => (lengths.length ? quantile(lengths, p).toFixed(0) : '-');
    const inRange = lengths.filter((n) => n >= 8 && n <= 256).length;
    console.log(`bias ${b}: stops ${lengths.length}/${margins.length} min ${lengths[0] ?? '-'} q1 ${q(0.25)} median ${q(0.5)} q3 ${q(0.75)} max ${lengths[lengths.length - 1] ?? '-'}; within 8–256: ${inRange}; no stop in ${steps}: ${hits}`);
  }
  await context.dispose();
  await model.dispose();
  await llama.dispose();
}

await main();
