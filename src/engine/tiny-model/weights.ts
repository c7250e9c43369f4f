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
  if (profile.clock > 0) installClock(profile, vocab, tensors, output);
  tensors.push(
    ones('output_norm.weight', d),
    { name: 'output.weight', dims: [d, nVocab], type, data: output },
    { name: 'output.bias', dims: [nVocab], type: 'f32', data: outputBias(profile, vocab) },
  );
  return tensors;
}

/** Residual dimension holding the marker of <|im_start|> and "Wait". */
const MARKER_DIM = 0;
/** Residual dimension holding the clock: the average marker over all positions so far. */
const CLOCK_DIM = 1;
/** Marker size in the embedding: comparable to one ordinary component, so it barely moves the RMS norm. */
const MARKER = 4;
/** How strongly the clock head writes into the residual stream. */
const CLOCK_WRITE = 50;

/** Tokens that carry the marker: the ChatML turn opener and the forcing string "Wait". */
export function markerTokens(vocab: TinyVocabulary): number[] {
  const ids = [vocab.imStart];
  for (const text of ['Wait', '\u0120Wait']) {
    const id = vocab.tokens.indexOf(text);
    if (id >= 0) ids.push(id);
  }
  return ids;
}

function tensor(tensors: GgufTensor[], name: string): Float32Array {
  const t = tensors.find((x) => x.name === name);
  if (!t) throw new Error(`missing tensor ${name}`);
  return t.data;
}

/** Zeroes input columns `cols` of a matrix stored as [out][in]. */
function zeroColumns(m: Float32Array, inDim: number, cols: readonly number[]): void {
  for (let o = 0; o * inDim < m.length; o++) for (const c of cols) m[o * inDim + c] = 0;
}

/** Zeroes output rows `rows` of a matrix stored as [out][in]. */
function zeroRows(m: Float32Array, inDim: number, rows: readonly number[]): void {
  for (const r of rows) m.fill(0, r * inDim, (r + 1) * inDim);
}

/**
 * Wires the length clock (see TinyProfile.clock): the marker and clock dimensions are kept out
 * of every random projection, block 0's first head attends uniformly (zero query) and copies the
 * marker into the clock dimension, and the stop tokens read the clock negatively.
 */
function installClock(profile: TinyProfile, vocab: TinyVocabulary, tensors: GgufTensor[], output: Float32Array): void {
  const d = profile.embeddingLength;
  const ff = profile.feedForwardLength;
  const headDim = d / profile.headCount;
  const reserved = [MARKER_DIM, CLOCK_DIM];
  const embd = tensor(tensors, 'token_embd.weight');
  for (let t = 0; t < vocab.tokens.length; t++) for (const c of reserved) embd[t * d + c] = 0;
  for (const t of markerTokens(vocab)) embd[t * d + MARKER_DIM] = MARKER;
  for (let i = 0; i < profile.blockCount; i++) {
    const p = `blk.${i}`;
    for (const name of ['attn_q', 'attn_k', 'attn_v', 'ffn_gate', 'ffn_up']) zeroColumns(tensor(tensors, `${p}.${name}.weight`), d, reserved);
    zeroRows(tensor(tensors, `${p}.attn_output.weight`), d, reserved);
    zeroRows(tensor(tensors, `${p}.ffn_down.weight`), ff, reserved);
  }
  // Block 0, head 0: zero query, so attention is uniform over the positions so far.
  tensor(tensors, 'blk.0.attn_q.weight').fill(0, 0, headDim * d);
  tensor(tensors, 'blk.0.attn_q.bias').fill(0, 0, headDim);
  // Its first value component is the marker alone.
  const wv = tensor(tensors, 'blk.0.attn_v.weight');
  wv.fill(0, 0, d);
  wv[MARKER_DIM] = 1;
  tensor(tensors, 'blk.0.attn_v.bias')[0] = 0;
  // That component is written only into the clock dimension.
  const wo = tensor(tensors, 'blk.0.attn_output.weight');
  zeroColumns(wo, d, [0]);
  wo[CLOCK_DIM * d + 0] = CLOCK_WRITE;
  // Only the stop tokens read the clock, and negatively.
  zeroColumns(output, d, reserved);
  for (const stop of [vocab.imStart, vocab.imEnd]) output[stop * d + CLOCK_DIM] = -profile.clock;
}
