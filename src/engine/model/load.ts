/**
 * Loading a GGUF model through node-llama-cpp: the compute backend is chosen explicitly
 * (or "auto" with CPU fallback), no binary is ever built from source (a missing binary
 * fails fast), and GPU layers are picked automatically to leave room for the context.
 */
import { getLlama, InsufficientMemoryError, LlamaLogLevel, type Llama, type LlamaModel } from 'node-llama-cpp';

export type GpuOption = 'auto' | 'cuda' | 'vulkan' | 'metal' | false;

const llamas = new Map<string, Promise<Llama>>();

/** The node-llama-cpp runtime for a compute backend; one per backend per process. */
export function getRuntime(gpu: GpuOption = 'auto'): Promise<Llama> {
  const key = String(gpu);
  let p = llamas.get(key);
  if (!p) {
    p = getLlama({
      gpu,
      build: 'never',
      skipDownload: true,
      progressLogs: false,
      logLevel: LlamaLogLevel.error,
    }).catch((e: unknown) => {
      llamas.delete(key);
      const what = gpu === false ? 'the CPU backend' : gpu === 'auto' ? 'any backend' : `the ${gpu} backend`;
      throw new Error(`cannot load node-llama-cpp with ${what} (no prebuilt binary usable here; nothing is built from source): ${(e as Error).message}`, { cause: e });
    });
    llamas.set(key, p);
  }
  return p;
}

export interface LoadedModel {
  llama: Llama;
  model: LlamaModel;
  /** Backend in use: "cuda", "vulkan", "metal" or false (CPU). */
  gpu: string | false;
  gpuLayers: number;
}

export async function loadLocalModel(
  modelPath: string,
  opts: { gpu?: GpuOption; contextSize: number; signal?: AbortSignal },
): Promise<LoadedModel> {
  const llama = await getRuntime(opts.gpu ?? 'auto');
  let model: LlamaModel;
  try {
    model = await llama.loadModel({
      modelPath,
      gpuLayers: { fitContext: { contextSize: opts.contextSize } },
      loadSignal: opts.signal,
    });
  } catch (e) {
    if (e instanceof InsufficientMemoryError) {
      throw new Error(
        `${modelPath}: the model does not fit in memory together with a context of ${opts.contextSize} tokens ` +
          `(backend: ${llama.gpu === false ? 'CPU' : llama.gpu}): ${e.message}. Use a smaller quantisation or smaller budgets.`,
        { cause: e },
      );
    }
    throw new Error(`${modelPath}: cannot load the model: ${(e as Error).message}`, { cause: e });
  }
  return { llama, model, gpu: llama.gpu, gpuLayers: model.gpuLayers };
}
