/**
 * Measures where greedy thinking stops on its own for a generated model, over the sample
 * prompts: natural stop lengths, budget hits, and the continuation after a forced "Wait".
 *
 *   npx tsx tests/tiny-model/measure-stops.ts [--profile tiny|bench] [--seed N] [--budget N]
 *     [--prompts N] [--model file.gguf] [--no-wait] [--override '{"stopBias":3}']
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getLlama } from 'node-llama-cpp';
import { writeTinyModel, type TinyProfileName } from '../../src/engine/tiny-model';
import { generateThinking } from './greedy';
import { m1PromptText, SAMPLE_QUESTIONS } from './prompts';
import { quantile } from './quantile';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      profile: { type: 'string', default: 'tiny' },
      seed: { type: 'string', default: '42' },
      budget: { type: 'string' },
      prompts: { type: 'string' },
      model: { type: 'string' },
      override: { type: 'string' },
      'no-wait': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const profile = values.profile as TinyProfileName;
  const budget = Number(values.budget ?? (profile === 'bench' ? 6000 : 1024));
  let modelPath = values.model;
  if (!modelPath) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'm1wb-tiny-'));
    const t0 = performance.now();
    const written = await writeTinyModel(path.join(dir, `${profile}.gguf`), {
      profile,
      seed: Number(values.seed),
      overrides: values.override ? JSON.parse(values.override) : undefined,
    });
    modelPath = written.path;
    console.log(`wrote ${written.bytes} bytes in ${(performance.now() - t0).toFixed(0)} ms`);
  }
  const llama = await getLlama({ gpu: false, build: 'never' });
  const model = await llama.loadModel({ modelPath });
  const context = await model.createContext({ contextSize: Math.min(32768, budget * 2 + 1024), threads: 1 });
  const questions = SAMPLE_QUESTIONS.slice(0, values.prompts ? Number(values.prompts) : undefined);
  const firstLengths: number[] = [];
  const waitLengths: number[] = [];
  let hits = 0;
  let waitHits = 0;
  let generated = 0;
  const t0 = performance.now();
  for (const q of questions) {
    const sequence = context.getSequence();
    const prompt = model.tokenize(m1PromptText(q), true);
    const first = await generateThinking(model, sequence, prompt, budget);
    generated += first.tokens.length;
    if (first.finish === 'stop') firstLengths.push(first.tokens.length);
    else hits++;
    let waitInfo = '';
    if (!values['no-wait'] && first.finish === 'stop') {
      // The stop token was sampled but not evaluated; the forcing string replaces it.
      const forced = model.tokenize(first.text.endsWith(' ') && !first.text.endsWith('\n') ? ' Wait' : 'Wait', false);
      const rest = await generateThinking(model, sequence, forced, budget - first.tokens.length - forced.length);
      generated += rest.tokens.length;
      if (rest.finish === 'stop') waitLengths.push(rest.tokens.length);
      else waitHits++;
      waitInfo = ` wait→${rest.finish === 'stop' ? rest.tokens.length : 'budget'}`;
    }
    if (values.verbose) {
      console.log(`${first.finish === 'stop' ? first.tokens.length : 'budget'}${waitInfo} ${JSON.stringify(first.text.slice(0, 160))}`);
    }
    sequence.dispose();
  }
  const secs = (performance.now() - t0) / 1000;
  const summary = (xs: number[]): string => {
    const s = [...xs].sort((a, b) => a - b);
    return `n=${s.length} min=${s[0]} q1=${quantile(s, 0.25)} median=${quantile(s, 0.5)} q3=${quantile(s, 0.75)} max=${s[s.length - 1]}`;
  };
  console.log(`prompts=${questions.length} budget=${budget}`);
  console.log(`natural stops: ${summary(firstLengths)}; budget hits ${hits}`);
  const inRange = firstLengths.filter((n) => n >= 8 && n <= 256).length;
  console.log(`stopped within 8–256 tokens: ${inRange}/${questions.length}`);
  if (!values['no-wait']) console.log(`after Wait: ${summary(waitLengths)}; budget hits ${waitHits}`);
  console.log(`${generated} tokens in ${secs.toFixed(1)} s = ${(generated / secs).toFixed(0)} tokens/s (1 thread)`);
  await context.dispose();
  await model.dispose();
  await llama.dispose();
}

await main();
