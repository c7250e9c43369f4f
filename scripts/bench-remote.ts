/**
 * Concurrency benchmark of the remote backend (not a test): the paper's grid (budget sweep
 * 128…8192 with no forcing; forcing sweep 0,1,2,4,6,8 rounds at 2048) over generated
 * questions, against a real llama-server (built by scripts/llama-server/build.mjs) serving
 * a tiny test model on 127.0.0.1, with 1, 4 and 8 parallel slots (and as many requests in
 * flight). Prints, from one run:
 * - wall time, requests and generated tokens per second of the shared tree per slot count;
 * - the tokens the server evaluated (prompt tokens not served from its prefix cache, plus
 *   generated tokens) for the shared tree against independent requests (every condition
 *   from scratch), from the server's own `usage` counters (prompt_tokens,
 *   prompt_tokens_details.cached_tokens, completion_tokens) and its /metrics counters.
 *
 * Usage: npm run bench:remote -- [--questions 50] [--slots 1,4,8] [--profile tiny]
 *        [--max-budget 8192] [--answer-tokens 1024] [--threads 2]
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runRemoteSweep, type RemoteSweepSummary } from '../src/engine/remote';
import { writeTinyModel, type TinyProfileName } from '../src/engine/tiny-model';
import { M1_PRESET } from '../src/shared/protocol';
import { llamaServerBinary, startLlamaServer, type RunningServer } from '../tests/remote/llama-server';
import { benchItems } from './bench-items';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '50' },
    slots: { type: 'string', default: '1,4,8' },
    profile: { type: 'string', default: 'tiny' },
    'max-budget': { type: 'string', default: '8192' },
    'answer-tokens': { type: 'string', default: String(M1_PRESET.maxAnswerTokens) },
    threads: { type: 'string', default: '2' },
  },
});
const QUESTIONS = Number(values.questions);
const SLOTS = values.slots.split(',').map(Number);
const MAX_BUDGET = Number(values['max-budget']);
const THREADS = Number(values.threads);
const DIR = path.resolve('.cache/bench/remote');
const PRESET = { ...M1_PRESET, stops: [...M1_PRESET.stops], maxAnswerTokens: Number(values['answer-tokens']) };
const API_KEY = 'm1wb-bench';

const GRIDS = [
  { name: 'budget sweep', budgets: [128, 256, 512, 1024, 2048, 4096, 8192].filter((b) => b <= MAX_BUDGET), rounds: [0] },
  { name: 'forcing sweep', budgets: [Math.min(2048, MAX_BUDGET)], rounds: [0, 1, 2, 4, 6, 8] },
];


/** Sum of the server's Prometheus counters that matter here. */
async function metrics(server: RunningServer): Promise<Record<string, number>> {
  const res = await fetch(`${server.baseUrl}/metrics`, { headers: { authorization: `Bearer ${API_KEY}` } });
  const out: Record<string, number> = {};
  for (const line of (await res.text()).split('\n')) {
    const m = /^llamacpp:(prompt_tokens_total|tokens_predicted_total|n_decode_total|requests_processing)\s+([\d.e+]+)/.exec(line);
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Row {
  slots: number;
  grid: string;
  mode: string;
  s: RemoteSweepSummary;
  metricPrompt: number;
  metricPredicted: number;
}

async function main() {
  const binary = llamaServerBinary();
  if ('missing' in binary) throw new Error(binary.missing);
  mkdirSync(DIR, { recursive: true });
  const modelPath = path.join(DIR, `${values.profile}.gguf`);
  await writeTinyModel(`${modelPath}.tmp`, { profile: values.profile as TinyProfileName });
  renameSync(`${modelPath}.tmp`, modelPath);
  const items = benchItems(QUESTIONS);
  const rows: Row[] = [];
  for (const slots of SLOTS) {
    const server = await startLlamaServer({ binary: binary.path, model: modelPath, parallel: slots, apiKey: API_KEY, threads: THREADS, slotContext: MAX_BUDGET + PRESET.maxAnswerTokens + 2048 });
    try {
      // The shared-vs-independent token ratio is measured on one slot, where llama-server's
      // greedy decoding is deterministic; busy slots batch on the CPU and can differ slightly.
      const modes = slots === SLOTS[0] ? (['shared', 'independent'] as const) : (['shared'] as const);
      for (const grid of GRIDS) {
        for (const mode of modes) {
          const out = path.join(DIR, `${values.profile}-${slots}-${grid.name.replace(/ /g, '-')}-${mode}.jsonl`);
          rmSync(out, { force: true });
          const m0 = await metrics(server);
          let s: RemoteSweepSummary;
          try {
            s = await runRemoteSweep({ baseUrl: server.baseUrl, apiKey: API_KEY, parallel: slots, items, grid, preset: PRESET, mode, budgetPolicy: 'strict', out });
          } catch (e) {
            console.error(`  ${slots} slots, ${grid.name}, ${mode}: failed (${e instanceof Error ? e.message : String(e)})`);
            continue;
          }
          const m1 = await metrics(server);
          const row = {
            slots,
            grid: grid.name,
            mode,
            s,
            metricPrompt: (m1.prompt_tokens_total ?? 0) - (m0.prompt_tokens_total ?? 0),
            metricPredicted: (m1.tokens_predicted_total ?? 0) - (m0.tokens_predicted_total ?? 0),
          };
          rows.push(row);
          console.error(`  ${slots} slots, ${grid.name}, ${mode}: ${(s.ms / 1000).toFixed(1)} s, ${s.server.requests} requests, ${fmt(s.server.evaluated)} evaluated`);
        }
      }
    } finally {
      await server.stop();
    }
  }

  console.log(`\n## llama-server, ${values.profile} model, ${QUESTIONS} questions, answer cap ${PRESET.maxAnswerTokens}, ${THREADS} threads`);
  console.log(`grids: ${GRIDS.map((g) => `${g.name} b=${g.budgets.join(',')} r=${g.rounds.join(',')}`).join('; ')}\n`);
  console.log('| slots | grid | mode | wall s | requests/s | generated tok/s | prompt tokens | cached | evaluated (usage) | /metrics prompt+predicted |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const secs = r.s.ms / 1000;
    const k = r.s.server;
    console.log(
      `| ${r.slots} | ${r.grid} | ${r.mode} | ${secs.toFixed(1)} | ${(k.requests / secs).toFixed(1)} | ${fmt(k.completionTokens / secs)} | ${fmt(k.promptTokens)} | ${fmt(k.cachedTokens)} | ${fmt(k.evaluated)} | ${fmt(r.metricPrompt + r.metricPredicted)} |`,
    );
  }
  console.log('');
  for (const grid of GRIDS) {
    const base = rows.find((r) => r.slots === SLOTS[0] && r.grid === grid.name && r.mode === 'shared');
    for (const r of rows.filter((x) => x.grid === grid.name && x.mode === 'shared' && x !== base)) {
      if (base) console.log(`${grid.name}: ${r.slots} slots vs ${base.slots}: ${(base.s.ms / r.s.ms).toFixed(2)}x throughput (wall time ratio)`);
    }
    const sh = rows.find((r) => r.grid === grid.name && r.mode === 'shared' && r.slots === SLOTS[0]);
    const ind = rows.find((r) => r.grid === grid.name && r.mode === 'independent');
    if (sh && ind) {
      console.log(
        `${grid.name}: evaluated tokens, shared tree / independent requests = ${fmt(sh.s.server.evaluated)} / ${fmt(ind.s.server.evaluated)} = ${(sh.s.server.evaluated / ind.s.server.evaluated).toFixed(3)} (usage); ` +
          `${fmt(sh.metricPrompt + sh.metricPredicted)} / ${fmt(ind.metricPrompt + ind.metricPredicted)} = ${((sh.metricPrompt + sh.metricPredicted) / (ind.metricPrompt + ind.metricPredicted)).toFixed(3)} (/metrics)`,
      );
    }
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
