/**
 * --model: a local GGUF path, or a Hugging Face URI (`hf:user/repo:quant`, also https URLs)
 * resolved through node-llama-cpp's resolveModelFile with a download progress bar.
 */
import { downloadErrorMessage, probeHost } from '../engine/model/download-check';
import { checkGgufFile } from './gguf-check';

export function isRemoteModel(spec: string): boolean {
  return /^(hf:|huggingface:|https?:\/\/)/i.test(spec);
}

export async function resolveModel(spec: string, signal?: AbortSignal): Promise<string> {
  if (!isRemoteModel(spec)) {
    await checkGgufFile(spec);
    return spec;
  }
  const [{ resolveModelFile }, { SingleBar, Presets }] = await Promise.all([import('node-llama-cpp'), import('cli-progress')]);
  const bar = new SingleBar(
    { format: 'download {bar} {percentage}% | {value}/{total} MB', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  let started = false;
  let file: string;
  try {
    // Fail within seconds when the host does not answer (offline), instead of waiting minutes.
    await probeHost(spec, signal ?? new AbortController().signal);
    file = await resolveModelFile(spec, {
      directory: process.env.M1WB_MODELS_DIR || undefined,
      cli: false,
      signal,
      onProgress: ({ totalSize, downloadedSize }) => {
        const total = Math.max(1, Math.round(totalSize / 1e6));
        const done = Math.round(downloadedSize / 1e6);
        if (!started) {
          bar.start(total, done);
          started = true;
        } else bar.update(done);
      },
    });
  } catch (e) {
    throw new Error(`--model: ${downloadErrorMessage(spec, e)}`, { cause: e });
  } finally {
    if (started) bar.stop();
  }
  await checkGgufFile(file);
  return file;
}
