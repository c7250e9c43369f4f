/**
 * Benchmark of the sweep engine (not a test): the paper's grid (budget sweep 128…8192 with
 * no forcing; forcing sweep 0,1,2,4,6,8 rounds at 2048) over generated questions, on the
 * tiny and the bench test models. Prints, from one run:
 * - evaluated and generated tokens and wall time of shared vs independent mode, and their ratio;
 * - shared mode's evaluated tokens against the size of the trace tree (prompt + long trace +
 *   one prefix and answer per distinct cut);
 * - the engine's decode speed against a bare node-llama-cpp evaluate loop on the same model.
 *
 * Usage: npm run bench:sweep -- [--questions 20] [--profiles tiny,bench] [--threads 1]
 *        [--max-budget 8192] [--answer-tokens 1024]
 * --answer-tokens lowers the preset's answer cap (random-weight models rarely end an answer
 * on their own, while m1 answers are short); the default keeps the protocol's 1024.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Token } from 'node-llama-cpp';
import { getRuntime, runSweep, stopTokens, TraceSession, type SweepSummary } from '../src/engine';
import { writeTinyModel, type TinyProfileName } from '../src/engine/tiny-model';
import type { Item } from '../src/shared/domain';
import { M1_PRESET, buildPrompt } from '../src/shared/protocol';
import { parseRunLog, type RunLog } from '../src/shared/runlog';
import { benchItems } from './bench-items';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '20' },
    profiles: { type: 'string', default: 'tiny,bench' },
    threads: { type: 'string', default: '1' },
    'max-budget': { type: 'string', default: '8192' },
    'answer-tokens': { type: 'string', default: String(M1_PRESET.maxAnswerTokens) },
  },
});
const QUESTIONS = Number(values.questions);
const THREADS = Number(values.threads);
const MAX_BUDGET = Number(values['max-budget']);
const DIR = path.resolve('.cache/bench');
const PRESET = { ...M1_PRESET, stops: [...M1_PRESET.stops], maxAnswerTokens: Number(values['answer-tokens']) };


const GRIDS = [
  { name: 'budget sweep', budgets: [128, 256, 512, 1024, 2048, 4096, 8192].filter((b) => b <= MAX_BUDGET), rounds: [0] },
  { name: 'forcing sweep', budgets: [Math.min(2048, MAX_BUDGET)], rounds: [0, 1, 2, 4, 6, 8] },
];

async function modelFile(profile: TinyProfileName): Promise<string> {
  const file = path.join(DIR, `${profile}.gguf`);
  if (!existsSync(file)) {
    await writeTinyModel(`${file}.tmp`, { profile });
    renameSync(`${file}.tmp`, file);
  }
  return file;
}

interface Totals {
  evaluated: number;
  generated: number;
  ms: number;
  /** Evaluated by answer branches (the rest is prompt and thinking). */
  answerEvaluated: number;
}

const add = (t: Totals, s: SweepSummary): void => {
  t.evaluated += s.evaluatedTokens;
  t.generated += s.generatedTokens;
  t.ms += s.ms;
};

/** Tokens of the trace tree of a shared run: prompt, long trace, one prefix + answer per distinct cut. */
function treeTokens(log: RunLog, tokenize: (s: string) => Token[]): number {
  let n = 0;
  for (const r of log.records) {
    n += tokenize(buildPrompt(r.item, M1_PRESET)).length;
    n += r.trace.segments.reduce((a, s) => a + s.tokens, 0);
    for (const c of r.conditions) if (!c.sharedWith) n += tokenize(c.answerPrefix).length + c.tokens.answer;
  }
  return n;
}

async function decodeSpeed(modelPath: string, items: Item[]): Promise<{ engine: number; bare: number }> {
  const llama = await getRuntime(false);
  const model = await llama.loadModel({ modelPath });
  const context = await model.createContext({ contextSize: 4096, sequences: 1, threads: { ideal: THREADS, min: THREADS } });
  const sequence = context.getSequence();
  const session = new TraceSession(sequence, model, { temperature: 0, seed: 42, stops: stopTokens(model, M1_PRESET) });
  let engineTokens = 0;
  let engineMs = 0;
  let bareTokens = 0;
  let bareMs = 0;
  try {
    for (const [i, item] of items.slice(0, 8).entries()) {
      const prompt = model.tokenize(buildPrompt(item, M1_PRESET), true);
      const runEngine = async () => {
        await session.reset();
        const t0 = performance.now();
        const g = await session.generate(prompt, 2048);
        engineMs += performance.now() - t0;
        engineTokens += g.tokens.length;
        return g.tokens.length;
      };
      const runBare = async (n: number) => {
        await sequence.clearHistory();
        const t0 = performance.now();
        let k = 0;
        if (n > 0) {
          for await (const token of sequence.evaluate(prompt, { temperature: 0, seed: 42 })) {
            void token;
            if (++k >= n) break;
          }
        }
        bareMs += performance.now() - t0;
        bareTokens += k;
      };
      // Alternate the order so that neither side always runs on a warm cache.
      if (i % 2 === 0) await runBare(await runEngine());
      else {
        await session.reset();
        const probe = await session.generate(prompt, 2048);
        await runBare(probe.tokens.length);
        await runEngine();
      }
    }
  } finally {
    await context.dispose();
    await model.dispose();
  }
  return { engine: engineTokens / (engineMs / 1000), bare: bareTokens / (bareMs / 1000) };
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const ratio = (a: number, b: number) => (a / b).toFixed(3);

async function benchProfile(profile: TinyProfileName): Promise<void> {
  const modelPath = await modelFile(profile);
  const items = benchItems(QUESTIONS);
  const totals: Record<'shared' | 'independent', Totals> = {
    shared: { evaluated: 0, generated: 0, ms: 0, answerEvaluated: 0 },
    independent: { evaluated: 0, generated: 0, ms: 0, answerEvaluated: 0 },
  };
  let tree = 0;
  const llama = await getRuntime(false);
  const tokModel = await llama.loadModel({ modelPath, gpuLayers: 0 });
  const tokenize = (s: string) => tokModel.tokenize(s, true);
  for (const grid of GRIDS) {
    for (const mode of ['shared', 'independent'] as const) {
      const out = path.join(DIR, `${profile}-${grid.name.replace(/ /g, '-')}-${mode}.jsonl`);
      rmSync(out, { force: true });
      const s = await runSweep({ modelPath, items, grid, preset: PRESET, mode, budgetPolicy: 'strict', threads: THREADS, gpu: false, out });
      add(totals[mode], s);
      const log = parseRunLog(readFileSync(out, 'utf8'), out);
      totals[mode].answerEvaluated += log.records.reduce((a, r) => a + r.conditions.reduce((b, c) => b + (c.tokens.evaluated ?? 0), 0), 0);
      if (mode === 'shared') tree += treeTokens(log, tokenize);
      console.error(`  ${profile} ${grid.name} ${mode}: ${fmt(s.evaluatedTokens)} evaluated, ${(s.ms / 1000).toFixed(1)} s`);
    }
  }
  await tokModel.dispose();
  const speed = await decodeSpeed(modelPath, items);
  const { shared, independent } = totals;
  console.log(`\n## ${profile} model (${QUESTIONS} questions, grids: ${GRIDS.map((g) => `${g.name} b=${g.budgets.join(',')} r=${g.rounds.join(',')}`).join('; ')}; answer cap ${PRESET.maxAnswerTokens}; threads ${THREADS})`);
  console.log('| mode | evaluated tokens | generated tokens | wall time (s) |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| shared | ${fmt(shared.evaluated)} | ${fmt(shared.generated)} | ${(shared.ms / 1000).toFixed(1)} |`);
  console.log(`| independent | ${fmt(independent.evaluated)} | ${fmt(independent.generated)} | ${(independent.ms / 1000).toFixed(1)} |`);
  console.log(`| shared / independent | ${ratio(shared.evaluated, independent.evaluated)} | ${ratio(shared.generated, independent.generated)} | ${ratio(shared.ms, independent.ms)} |`);
  const think = (t: Totals) => t.evaluated - t.answerEvaluated;
  console.log(
    `| prompt + thinking only | ${fmt(think(shared))} vs ${fmt(think(independent))} | | ratio ${ratio(think(shared), think(independent))} |`,
  );
  console.log(
    `| answer branches only | ${fmt(shared.answerEvaluated)} vs ${fmt(independent.answerEvaluated)} | | ratio ${ratio(shared.answerEvaluated, independent.answerEvaluated)} |`,
  );
  console.log(`\nshared evaluated / trace tree size: ${fmt(shared.evaluated)} / ${fmt(tree)} = ${ratio(shared.evaluated, tree)} (target ≤ 1.05)`);
  console.log(`shared / independent evaluated: ${ratio(shared.evaluated, independent.evaluated)} (target ≤ 0.25)`);
  console.log(`decode speed: engine ${speed.engine.toFixed(0)} tok/s, bare evaluate loop ${speed.bare.toFixed(0)} tok/s, ratio ${ratio(speed.engine, speed.bare)} (target ≥ 0.95)`);
}

mkdirSync(DIR, { recursive: true });
for (const p of values.profiles!.split(',') as TinyProfileName[]) await benchProfile(p);
