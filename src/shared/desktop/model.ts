/** What the model manager shows about a GGUF file and the machine that would run it. */

export interface ModelReport {
  path: string;
  sizeBytes: number;
  architecture?: string;
  name?: string;
  quantization?: string;
  trainContextSize?: number;
  layers: number;
  parameters?: number;
  /** Compute backend node-llama-cpp loaded: "cuda", "vulkan", "metal" or "cpu". */
  backend: string;
  gpuNames: string[];
  vram?: { total: number; free: number };
  ram: { total: number; free: number };
  /** Context the check assumed (thinking budget + answer + prompt room). */
  contextSize: number;
  /** Layers that would be offloaded to the GPU. */
  gpuLayers: number;
  /** Whether model and context fit in memory with that many layers. */
  fits: boolean;
  /** Guidance when it does not fit (or runs on the CPU only). */
  advice?: string;
}

export type DownloadState = 'running' | 'done' | 'error' | 'cancelled';

export interface DownloadStatus {
  id: string;
  uri: string;
  state: DownloadState;
  downloadedBytes: number;
  totalBytes: number;
  /** Where the model file is (once known). */
  file?: string;
  error?: string;
}
