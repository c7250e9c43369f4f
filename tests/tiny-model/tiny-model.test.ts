import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getLlama, JinjaTemplateChatWrapper, readGgufFileInfo, type Llama, type LlamaContext, type LlamaModel, type Token } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVocabulary, PROFILES, writeTinyModel } from '../../src/engine/tiny-model';
import { QWEN25_CHAT_TEMPLATE } from '../../src/engine/tiny-model/chat-template';
import { TINY_MODEL_PATH } from '../global-setup';
import { generateThinking } from './greedy';
import { m1PromptText, QWEN_DEFAULT_SYSTEM_PROMPT, SAMPLE_QUESTIONS } from './prompts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'm1wb-tiny-'));
const modelPath = process.env.M1WB_TINY_MODEL ?? TINY_MODEL_PATH;
const vocab = buildVocabulary(PROFILES.tiny.mergeCount);

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Decodes generated tokens from the vocabulary's raw bytes, failing on invalid UTF-8. */
function strictText(tokens: readonly Token[]): string {
  const bytes = Buffer.concat(tokens.map((t) => vocab.bytes[t]));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

describe('writeTinyModel', () => {
  it('writes byte-identical files for the same seed and different ones for another seed', async () => {
    const a = await writeTinyModel(path.join(tmp, 'a.gguf'), { seed: 7 });
    const b = await writeTinyModel(path.join(tmp, 'b.gguf'), { seed: 7 });
    const c = await writeTinyModel(path.join(tmp, 'c.gguf'), { seed: 8 });
    expect(a.bytes).toBe(b.bytes);
    expect(a.path).toBe(path.join(tmp, 'a.gguf'));
    expect(readFileSync(a.path).length).toBe(a.bytes);
    expect(sha256(a.path)).toBe(sha256(b.path));
    expect(sha256(a.path)).not.toBe(sha256(c.path));
  });

  it('describes a qwen2 model with a Qwen-like tokenizer', async () => {
    const info = await readGgufFileInfo(modelPath, { readTensorInfo: true });
    const meta = info.metadata as unknown as Record<string, Record<string, unknown>>;
    const tok = (meta.tokenizer as Record<string, Record<string, unknown>>).ggml;
    expect(meta.general.architecture).toBe('qwen2');
    expect(meta.qwen2.context_length).toBe(32768);
    expect(tok.model).toBe('gpt2');
    expect(tok.pre).toBe('qwen2');
    expect(tok.add_bos_token).toBe(false);
    const tokens = tok.tokens as string[];
    const types = tok.token_type as number[];
    for (const special of ['<|endoftext|>', '<|im_start|>', '<|im_end|>']) {
      expect(types[tokens.indexOf(special)]).toBe(3);
    }
    expect(tokens[tok.eos_token_id as number]).toBe('<|im_end|>');
    expect((meta.tokenizer as Record<string, unknown>).chat_template).toBe(QWEN25_CHAT_TEMPLATE);
    const names = new Set((info.tensorInfo ?? []).map((t) => t.name));
    for (const name of ['token_embd.weight', 'output.weight', 'output.bias', 'blk.0.attn_q.bias', 'blk.0.attn_k.bias', 'blk.0.attn_v.bias', 'blk.1.ffn_down.weight']) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('rejects an unknown profile and a bad seed', async () => {
    await expect(writeTinyModel(path.join(tmp, 'x.gguf'), { profile: 'huge' as 'tiny' })).rejects.toThrow(/unknown tiny model profile: huge/);
    await expect(writeTinyModel(path.join(tmp, 'x.gguf'), { seed: -1 })).rejects.toThrow(/seed/);
  });
});

describe('tiny model in node-llama-cpp', () => {
  let llama: Llama;
  let model: LlamaModel;
  let context: LlamaContext;

  beforeAll(async () => {
    llama = await getLlama({ gpu: false, build: 'never' });
    model = await llama.loadModel({ modelPath });
    context = await model.createContext({ contextSize: 2048, threads: 1 });
  });

  afterAll(async () => {
    await context?.dispose();
    await model?.dispose();
    await llama?.dispose();
  });

  it('parses the ChatML specials as single tokens and detokenizes them back', () => {
    expect(model.tokenize('<|im_start|>', true)).toEqual([vocab.imStart]);
    expect(model.tokenize('<|im_end|>', true)).toEqual([vocab.imEnd]);
    expect(model.tokenize('<|endoftext|>', true)).toEqual([vocab.endOfText]);
    expect(model.tokenize('<|im_start|>', false).length).toBeGreaterThan(1);
    const ids = model.tokenize('<|im_start|>think\nWait<|im_end|>', true);
    expect(ids[0]).toBe(vocab.imStart);
    expect(ids[ids.length - 1]).toBe(vocab.imEnd);
    expect(model.detokenize(ids, true)).toBe('<|im_start|>think\nWait<|im_end|>');
    // Qwen names <|endoftext|> as BOS but never adds it.
    expect(model.tokens.bos).toBe(vocab.endOfText);
    expect(model.tokens.shouldPrependBosToken).toBe(false);
    expect(model.tokenize('hello', false)[0]).not.toBe(vocab.endOfText);
  });

  it('tokenizes ordinary and medical text at about one or two tokens a word', () => {
    const text =
      'A 45-year-old man presents to the emergency department with chest pain and shortness of breath. ' +
      'Laboratory studies show elevated troponin, and an electrocardiogram reveals ST elevation in the inferior leads. ' +
      'Which of the following is the most likely diagnosis?';
    const words = text.split(/\s+/).length;
    const tokens = model.tokenize(text, false);
    expect(tokens.length / words).toBeGreaterThanOrEqual(1);
    expect(tokens.length / words).toBeLessThanOrEqual(2);
    expect(model.tokenize('Wait', false)).toHaveLength(1);
    expect(model.tokenize(' the patient', false)).toHaveLength(2);
    const unicode = 'Fièvre 39,5 °C – 发热 ✓\n';
    expect(model.detokenize(model.tokenize(unicode, false))).toBe(unicode);
  });

  it('renders the m1 prompt with its own chat template', () => {
    const wrapper = new JinjaTemplateChatWrapper({ template: QWEN25_CHAT_TEMPLATE, tokenizer: model.tokenizer });
    const q = SAMPLE_QUESTIONS[0];
    const user = m1PromptText(q).split('<|im_start|>user\n')[1].split('<|im_end|>')[0];
    const { contextText } = wrapper.generateContextState({ chatHistory: [{ type: 'user', text: user }, { type: 'model', response: [] }] });
    const rendered = contextText.toString();
    expect(rendered).toContain(`<|im_start|>system\n${QWEN_DEFAULT_SYSTEM_PROMPT}<|im_end|>\n<|im_start|>user\n${user}<|im_end|>\n<|im_start|>assistant\n`);
    expect(m1PromptText(q).startsWith(rendered.slice(0, rendered.indexOf('<|im_start|>assistant\n') + '<|im_start|>assistant\n'.length))).toBe(true);
  });

  it('stops thinking on its own within 8–256 tokens on most m1 prompts, in valid UTF-8', async () => {
    const lengths: number[] = [];
    let hits = 0;
    for (const q of SAMPLE_QUESTIONS) {
      const sequence = context.getSequence();
      const prompt = model.tokenize(m1PromptText(q), true);
      expect(prompt.filter((t) => t === vocab.imStart)).toHaveLength(4);
      const result = await generateThinking(model, sequence, prompt, 512);
      expect(strictText(result.tokens)).toBe(result.text);
      if (result.finish === 'stop') {
        expect([vocab.imStart, vocab.imEnd]).toContain(result.stopToken);
        lengths.push(result.tokens.length);
      } else {
        hits++;
      }
      sequence.dispose();
    }
    const within = lengths.filter((n) => n >= 8 && n <= 256).length;
    expect(within / SAMPLE_QUESTIONS.length).toBeGreaterThanOrEqual(0.75);
    expect(hits).toBeLessThanOrEqual(SAMPLE_QUESTIONS.length / 8);
    // Small budgets cut some traces and not others: both branches occur at budget 32.
    expect(lengths.filter((n) => n < 32).length).toBeGreaterThan(0);
    expect(lengths.filter((n) => n >= 32).length + hits).toBeGreaterThan(0);
  });

  it('usually stops again after a forced "Wait", and greedy output repeats exactly', async () => {
    let stoppedAgain = 0;
    let forced = 0;
    for (const q of SAMPLE_QUESTIONS.slice(0, 12)) {
      const sequence = context.getSequence();
      const first = await generateThinking(model, sequence, model.tokenize(m1PromptText(q), true), 512);
      if (first.finish !== 'stop') {
        sequence.dispose();
        continue;
      }
      forced++;
      const wait = model.tokenize('Wait', false);
      const rest = await generateThinking(model, sequence, wait, 512);
      expect(strictText(rest.tokens)).toBe(rest.text);
      if (rest.finish === 'stop') stoppedAgain++;
      sequence.dispose();
      if (forced === 1) {
        const again = context.getSequence();
        const repeat = await generateThinking(model, again, model.tokenize(m1PromptText(q), true), 512);
        expect(repeat.tokens).toEqual(first.tokens);
        again.dispose();
      }
    }
    expect(forced).toBeGreaterThanOrEqual(9);
    expect(stoppedAgain / forced).toBeGreaterThanOrEqual(0.75);
  });
});
