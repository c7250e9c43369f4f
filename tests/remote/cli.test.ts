/** `m1wb sweep --backend remote` end to end against a real llama-server with an API key. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRunLog } from '../../src/shared/runlog';
import { runCli, tempDir } from '../cli/run-cli';
import { ensureTinyModel } from '../global-setup';
import { llamaServerBinary, startLlamaServer, type RunningServer } from './llama-server';

const binary = llamaServerBinary();
const KEY = 'm1wb-cli-key';
const dir = tempDir('remote-cli');
const data = path.join(dir, 'eval.json');
writeFileSync(
  data,
  JSON.stringify({
    MedQA_USLME_test: [
      { question: 'Scurvy results from a deficiency of which vitamin?', options: { A: 'Vitamin A', B: 'Vitamin C' }, answer: 'Vitamin C', answer_idx: 'B' },
      { question: 'Drug of choice for absence seizures?', options: { A: 'Phenytoin', B: 'Ethosuximide', C: 'Gabapentin' }, answer: 'Ethosuximide', answer_idx: 'B' },
      { question: 'First-line treatment of anaphylaxis?', options: { A: 'Epinephrine', B: 'Prednisone' }, answer: 'Epinephrine', answer_idx: 'A' },
    ],
  }),
);

describe('m1wb sweep --backend remote: flags', () => {
  it('needs --base-url, and refuses a URL that is not http', async () => {
    const a = await runCli(['sweep', '--backend', 'remote', '--data', data, '--out', path.join(dir, 'x.jsonl')]);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/--base-url/);
    const b = await runCli(['sweep', '--backend', 'remote', '--base-url', 'ftp://host', '--data', data, '--out', path.join(dir, 'x.jsonl')]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--base-url ftp:\/\/host: an http/);
    expect(existsSync(path.join(dir, 'x.jsonl'))).toBe(false);
  });
});

describe.skipIf('missing' in binary)('m1wb sweep --backend remote on llama-server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const model = process.env.M1WB_TINY_MODEL ?? (await ensureTinyModel());
    server = await startLlamaServer({ binary: (binary as { path: string }).path, model, parallel: 2, apiKey: KEY });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('writes a run log with the key from M1WB_API_KEY, and fails clearly without it', async () => {
    const out = path.join(dir, 'run.jsonl');
    const args = ['sweep', '--backend', 'remote', '--base-url', server.baseUrl, '--parallel', '2', '--data', data, '--budgets', '16,48', '--rounds', '0,1', '--out', out];
    const ok = await runCli(args, { env: { M1WB_API_KEY: KEY } });
    expect(ok.code, ok.stderr).toBe(0);
    const log = parseRunLog(readFileSync(out, 'utf8'), out);
    expect(log.header.engine).toMatchObject({ name: 'openai-completions', baseUrl: server.baseUrl, parallel: 2 });
    expect(log.records).toHaveLength(3);
    expect(log.records.every((r) => r.conditions.length === 4)).toBe(true);

    const out2 = path.join(dir, 'run-nokey.jsonl');
    const bad = await runCli([...args.slice(0, -1), out2], { env: { M1WB_API_KEY: '' } });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/HTTP 401/);
    expect(existsSync(out2)).toBe(false);
  });
});
