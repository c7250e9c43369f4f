/**
 * Generator of small qwen2-architecture GGUF models with random weights and a Qwen-like
 * tokenizer, for running the real inference path in tests and benchmarks.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { QWEN25_CHAT_TEMPLATE } from './chat-template';
import { gguf, writeGgufFile, type GgufFile, type GgufValue } from './gguf-writer';
import { PROFILES, type TinyProfile, type TinyProfileName } from './profile';
import { buildVocabulary, type TinyVocabulary } from './tokenizer';
import { buildTensors } from './weights';

export { PROFILES, type TinyProfile, type TinyProfileName } from './profile';
export { buildVocabulary, SPECIAL_TOKENS, type TinyVocabulary } from './tokenizer';

export const DEFAULT_TINY_SEED = 42;

export interface TinyModelOptions {
  profile?: TinyProfileName;
  seed?: number;
  /** Replaces profile fields (for tuning experiments). */
  overrides?: Partial<Omit<TinyProfile, 'name'>>;
}

export function tinyModelMetadata(profile: TinyProfile, vocab: TinyVocabulary, seed: number): [string, GgufValue][] {
  const arch = 'qwen2';
  return [
    ['general.architecture', gguf.str(arch)],
    ['general.name', gguf.str(`m1wb-${profile.name}-random-s${seed}`)],
    ['general.file_type', gguf.u32(profile.tensorType === 'f32' ? 0 : 1)],
    [`${arch}.context_length`, gguf.u32(profile.contextLength)],
    [`${arch}.embedding_length`, gguf.u32(profile.embeddingLength)],
    [`${arch}.block_count`, gguf.u32(profile.blockCount)],
    [`${arch}.feed_forward_length`, gguf.u32(profile.feedForwardLength)],
    [`${arch}.attention.head_count`, gguf.u32(profile.headCount)],
    [`${arch}.attention.head_count_kv`, gguf.u32(profile.headCountKv)],
    [`${arch}.attention.layer_norm_rms_epsilon`, gguf.f32(profile.rmsEpsilon)],
    [`${arch}.rope.freq_base`, gguf.f32(profile.ropeFreqBase)],
    ['tokenizer.ggml.model', gguf.str('gpt2')],
    ['tokenizer.ggml.pre', gguf.str('qwen2')],
    ['tokenizer.ggml.tokens', gguf.strings(vocab.tokens)],
    ['tokenizer.ggml.token_type', gguf.i32s(vocab.tokenTypes)],
    ['tokenizer.ggml.merges', gguf.strings(vocab.merges)],
    ['tokenizer.ggml.eos_token_id', gguf.u32(vocab.imEnd)],
    ['tokenizer.ggml.padding_token_id', gguf.u32(vocab.endOfText)],
    ['tokenizer.ggml.bos_token_id', gguf.u32(vocab.endOfText)],
    ['tokenizer.ggml.add_bos_token', gguf.bool(false)],
    ['tokenizer.chat_template', gguf.str(QWEN25_CHAT_TEMPLATE)],
  ];
}

export function buildTinyModel(options: TinyModelOptions = {}): GgufFile {
  const base = PROFILES[options.profile ?? 'tiny'];
  if (!base) throw new Error(`unknown tiny model profile: ${String(options.profile)}`);
  const profile: TinyProfile = { ...base, ...options.overrides };
  const seed = options.seed ?? DEFAULT_TINY_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`seed must be an integer in 0…2^32-1, got ${seed}`);
  if (profile.embeddingLength % profile.headCount !== 0) throw new Error('embeddingLength must be a multiple of headCount');
  if (profile.headCount % profile.headCountKv !== 0) throw new Error('headCount must be a multiple of headCountKv');
  const vocab = buildVocabulary(profile.mergeCount);
  return { metadata: tinyModelMetadata(profile, vocab, seed), tensors: buildTensors(profile, vocab, seed) };
}

/** Writes a random-weight test model; same profile and seed give a byte-identical file. */
export async function writeTinyModel(
  outPath: string,
  options?: TinyModelOptions,
): Promise<{ path: string; bytes: number }> {
  const file = buildTinyModel(options);
  const resolved = path.resolve(outPath);
  await mkdir(path.dirname(resolved), { recursive: true });
  const bytes = await writeGgufFile(resolved, file);
  return { path: resolved, bytes };
}
