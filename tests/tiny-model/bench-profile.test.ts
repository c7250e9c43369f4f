import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getLlama, readGgufFileInfo } from 'node-llama-cpp';
import { describe, expect, it } from 'vitest';
import { buildVocabulary, PROFILES, writeTinyModel } from '../../src/engine/tiny-model';
import { generateThinking } from './greedy';
import { m1PromptText, SAMPLE_QUESTIONS } from './prompts';

describe('bench profile', () => {
  it('writes a larger f16 model whose thinking does not stop early', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'm1wb-bench-'));
    const { path: modelPath, bytes } = await writeTinyModel(path.join(dir, 'bench.gguf'), { profile: 'bench' });
    expect(bytes).toBeGreaterThan(10_000_000);
    const info = await readGgufFileInfo(modelPath, { readTensorInfo: true });
    const qwen2 = (info.metadata as unknown as Record<string, Record<string, unknown>>).qwen2;
    expect(qwen2.embedding_length).toBe(PROFILES.bench.embeddingLength);
    expect(qwen2.block_count).toBe(PROFILES.bench.blockCount);
    expect(info.tensorInfo?.find((t) => t.name === 'blk.0.ffn_up.weight')?.ggmlType).toBe(1);

    const vocab = buildVocabulary(PROFILES.bench.mergeCount);
    const llama = await getLlama({ gpu: false, build: 'never' });
    const model = await llama.loadModel({ modelPath });
    const context = await model.createContext({ contextSize: 1024, threads: 1 });
    try {
      for (const q of SAMPLE_QUESTIONS.slice(0, 3)) {
        const sequence = context.getSequence();
        const result = await generateThinking(model, sequence, model.tokenize(m1PromptText(q), true), 64);
        // The length clock holds the stop tokens down for the first hundreds of tokens.
        expect(result.finish).toBe('length');
        expect(result.tokens).toHaveLength(64);
        const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(result.tokens.map((t) => vocab.bytes[t])));
        expect(text).toBe(result.text);
        sequence.dispose();
      }
    } finally {
      await context.dispose();
      await model.dispose();
      await llama.dispose();
    }
  });
});
