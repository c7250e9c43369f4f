/** Model shapes and behaviour knobs of the generated test models. */
import type { TensorType } from './gguf-writer';

export type TinyProfileName = 'tiny' | 'bench';

export interface TinyProfile {
  name: TinyProfileName;
  /** Number of BPE merges trained for the vocabulary. */
  mergeCount: number;
  embeddingLength: number;
  blockCount: number;
  headCount: number;
  headCountKv: number;
  feedForwardLength: number;
  contextLength: number;
  ropeFreqBase: number;
  rmsEpsilon: number;
  tensorType: TensorType;
  /** Standard deviation of the token embeddings. */
  embeddingStd: number;
  /** Gain on the 1/sqrt(fan-in) scale of the projection matrices. */
  weightGain: number;
  /** Standard deviation of the output matrix rows. */
  outputStd: number;
  /** output.bias of <|im_start|> and <|im_end|>: how readily thinking ends on its own. */
  stopBias: number;
  /** Scale of the stop tokens' output rows: lower makes the stop hazard steadier. */
  stopRowScale: number;
  /** output.bias of tokens that must never be generated (non-ASCII bytes, <|endoftext|>). */
  banBias: number;
  /**
   * A length clock (0 turns it off). One attention head of the first block attends uniformly
   * to every position and averages a marker that only `<|im_start|>` and "Wait" carry, so its
   * output decays like markers / position. That value holds the stop tokens down by `clock`
   * logits per unit, which makes thinking run long before it may stop, and a forced "Wait"
   * (one more marker) buys the continuation a proportional number of tokens.
   */
  clock: number;
}

export const PROFILES: Record<TinyProfileName, TinyProfile> = {
  tiny: {
    name: 'tiny',
    mergeCount: 3000,
    embeddingLength: 64,
    blockCount: 2,
    headCount: 4,
    headCountKv: 2,
    feedForwardLength: 128,
    contextLength: 32768,
    ropeFreqBase: 1_000_000,
    rmsEpsilon: 1e-6,
    tensorType: 'f32',
    embeddingStd: 1,
    weightGain: 1,
    outputStd: 1,
    stopBias: 8.5,
    stopRowScale: 1,
    banBias: -100,
    clock: 0,
  },
  bench: {
    name: 'bench',
    mergeCount: 3000,
    embeddingLength: 384,
    blockCount: 6,
    headCount: 6,
    headCountKv: 2,
    feedForwardLength: 1024,
    contextLength: 32768,
    ropeFreqBase: 1_000_000,
    rmsEpsilon: 1e-6,
    tensorType: 'f16',
    embeddingStd: 1,
    weightGain: 1,
    outputStd: 8 / Math.sqrt(384),
    stopBias: 36,
    stopRowScale: 0.5,
    banBias: -100,
    clock: 50,
  },
};
