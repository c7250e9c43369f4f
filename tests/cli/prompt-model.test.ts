import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectOneLineError, listing, runCli, tempDir } from './run-cli';
import { tinyModel } from './tiny-model';

const dir = tempDir('prompt');
const data = path.join(dir, 'eval.json');
writeFileSync(
  data,
  JSON.stringify({
    MedQA_USLME_test: [
      { question: 'A 60-year-old has crushing chest pain. First drug?', options: { A: 'Aspirin', B: 'Heparin' }, answer: 'Aspirin', answer_idx: 'A' },
      { question: 'Scurvy is a deficiency of?', options: { A: 'Vitamin A', B: 'Vitamin C', C: 'Iron' }, answer: 'Vitamin C', answer_idx: 'B' },
    ],
    NEJM: [{ question: 'Q3', options: { A: 'x', B: 'y' }, answer: 'y', answer_idx: 'B' }],
  }),
);
let model: string;
beforeAll(async () => {
  model = await tinyModel();
});

describe('m1wb make-tiny-model', () => {
  it('writes a GGUF and rejects an unknown profile without leaving a file', async () => {
    const out = path.join(dir, 'made.gguf');
    const r = await runCli(['make-tiny-model', out, '--seed', '7']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe('GGUF');
    expect(r.stdout).toMatch(/made\.gguf: \d+ bytes/);
    const bad = await runCli(['make-tiny-model', path.join(dir, 'bad.gguf'), '--profile', 'huge']);
    expect(bad.code).toBe(2);
    expect(expectOneLineError(bad)).toMatch(/--profile: "huge" is not one of/);
    const badSeed = await runCli(['make-tiny-model', path.join(dir, 'bad.gguf'), '--seed', '-1']);
    expect(badSeed.code).toBe(2);
    expect(listing(dir).filter((f) => f.includes('bad'))).toEqual([]);
  });
});

describe('m1wb prompt', () => {
  it('prints the exact m1 prompt per item', async () => {
    const r = await runCli(['prompt', '--data', data, '--sources', 'MedQA_USLME_test', '--limit', '1']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        source: 'MedQA_USLME_test',
        index: 0,
        prompt:
          '<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\n' +
          '<|im_start|>user\nA 60-year-old has crushing chest pain. First drug?\nA. Aspirin\nB. Heparin\n' +
          'Return your final response within \\boxed{}.<|im_end|>\n<|im_start|>assistant\n<|im_start|>think\n',
      },
    ]);
  });

  it('adds token ids with special tokens parsed', async () => {
    const r = await runCli(['prompt', '--data', data, '--tokens', '--model', model]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => `${l.source}#${l.index}`)).toEqual(['MedQA_USLME_test#0', 'MedQA_USLME_test#1', 'NEJM#0']);
    for (const l of lines) {
      const imStart = l.tokens[0];
      // <|im_start|> opens the system, user, assistant and think turns: one token each.
      expect(l.tokens.filter((t: number) => t === imStart)).toHaveLength(4);
      expect(l.tokens.length).toBeLessThan(l.prompt.length / 2);
    }
  });

  it('rejects --tokens without a model, a non-GGUF model and unknown sources', async () => {
    const a = await runCli(['prompt', '--data', data, '--tokens']);
    expect(a.code).toBe(2);
    expect(expectOneLineError(a)).toMatch(/--tokens needs --model/);
    const fake = path.join(dir, 'fake.gguf');
    writeFileSync(fake, 'not a model at all');
    const b = await runCli(['prompt', '--data', data, '--tokens', '--model', fake]);
    expect(b.code).toBe(2);
    expect(expectOneLineError(b)).toMatch(/fake\.gguf: not a GGUF model file/);
    const c = await runCli(['prompt', '--data', data, '--sources', 'PubMedQA_test']);
    expect(c.code).toBe(2);
    expect(expectOneLineError(c)).toMatch(/unknown source "PubMedQA_test" in --sources; the file has "MedQA_USLME_test", "NEJM"/);
    expect(b.stdout + c.stdout).toBe('');
  });
});
