/**
 * Deterministic random weights for a qwen2-architecture model, plus the output bias that
 * shapes what the random model may emit and how soon it stops.
 */
import type { GgufTensor } from './gguf-writer';
import { Prng } from './prng';
import type { TinyProfile } from './profile';
import type { TinyVocabulary } from './tokenizer';

/** Bytes the model may emit: printable ASCII and the newline. */
function isEmittable(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  for (const b of bytes) {
    if (b !== 0x0a && (b < 0x20 || b > 0x7e)) return false;
  }
  return true;
}

export function outputBias(profile: TinyProfile, vocab: TinyVocabulary): Float32Array {
  const bias = new Float32Array(vocab.tokens.length);
  for (let id = 0; id < vocab.tokens.length; id++) {
    if (!isEmittable(vocab.bytes[id])) bias[id] = profile.banBias;
  }
  bias[vocab.imStart] = profile.stopBias;
  bias[vocab.imEnd] = profile.stopBias;
  return bias;
}

export function buildTensors(profile: TinyProfile, vocab: TinyVocabulary, seed: number): GgufTensor[] {
  const rng = new Prng(seed);
  const nVocab = vocab.tokens.length;
  const d = profile.embeddingLength;
  const headDim = d / profile.headCount;
  const dKv = headDim * profile.headCountKv;
  const ff = profile.feedForwardLength;
  const type = profile.tensorType;
  const matrix = (name: string, inDim: number, outDim: number): GgufTensor => ({
    name,
    dims: [inDim, outDim],
    type,
    data: rng.normals(inDim * outDim, profile.weightGain / Math.sqrt(inDim)),
  });
  const ones = (name: string, n: number): GgufTensor => ({ name, dims: [n], type: 'f32', data: new Float32Array(n).fill(1) });
  const small = (name: string, n: number): GgufTensor => ({ name, dims: [n], type: 'f32', data: rng.normals(n, 0.02) });

  const tensors: GgufTensor[] = [
    { name: 'token_embd.weight', dims: [d, nVocab], type, data: rng.normals(d * nVocab, profile.embeddingStd) },
  ];
  for (let i = 0; i < profile.blockCount; i++) {
    const p = `blk.${i}`;
    tensors.push(
      ones(`${p}.attn_norm.weight`, d),
      matrix(`${p}.attn_q.weight`, d, d),
      small(`${p}.attn_q.bias`, d),
      matrix(`${p}.attn_k.weight`, d, dKv),
      small(`${p}.attn_k.bias`, dKv),
      matrix(`${p}.attn_v.weight`, d, dKv),
      small(`${p}.attn_v.bias`, dKv),
      matrix(`${p}.attn_output.weight`, d, d),
      ones(`${p}.ffn_norm.weight`, d),
      matrix(`${p}.ffn_gate.weight`, d, ff),
      matrix(`${p}.ffn_up.weight`, d, ff),
      matrix(`${p}.ffn_down.weight`, ff, d),
    );
  }
  const output = rng.normals(d * nVocab, profile.outputStd);
  for (const stop of [vocab.imStart, vocab.imEnd]) {
    for (let i = stop * d; i < (stop + 1) * d; i++) output[i] *= profile.stopRowScale;
  }
  tensors.push(
    ones('output_norm.weight', d),
    { name: 'output.weight', dims: [d, nVocab], type, data: output },
    { name: 'output.bias', dims: [nVocab], type: 'f32', data: outputBias(profile, vocab) },
  );
  return tensors;
}
