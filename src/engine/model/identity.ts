/**
 * Identity of a GGUF model file for the run-log header: file name, size, sha256 of the
 * content, and the GGUF metadata that says what the model is.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { GgufFileType, readGgufFileInfo } from 'node-llama-cpp';

export interface ModelIdentity {
  file: string;
  sizeBytes: number;
  sha256: string;
  architecture?: string;
  name?: string;
  quantization?: string;
  trainContextSize?: number;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 4 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Name of a GGUF `general.file_type` value, e.g. "MOSTLY_Q4_K_M"; undefined when absent. */
export function fileTypeName(fileType: number | undefined): string | undefined {
  if (fileType === undefined) return undefined;
  const name = (GgufFileType as unknown as Record<number, string>)[fileType];
  return name ?? `file_type ${fileType}`;
}

export interface GgufSummary {
  architecture?: string;
  name?: string;
  quantization?: string;
  trainContextSize?: number;
}

export async function readGgufSummary(modelPath: string): Promise<GgufSummary> {
  let info;
  try {
    info = await readGgufFileInfo(modelPath, { readTensorInfo: false });
  } catch (e) {
    throw new Error(`${modelPath}: not a readable GGUF model file (${(e as Error).message})`, { cause: e });
  }
  const meta = info.metadata as unknown as Record<string, Record<string, unknown> | undefined>;
  const general = meta.general ?? {};
  const architecture = typeof general.architecture === 'string' ? general.architecture : undefined;
  const archMeta = architecture ? meta[architecture] : undefined;
  const ctx = archMeta?.context_length;
  return {
    architecture,
    name: typeof general.name === 'string' ? general.name : undefined,
    quantization: fileTypeName(typeof general.file_type === 'number' ? general.file_type : undefined),
    trainContextSize: typeof ctx === 'number' ? ctx : undefined,
  };
}

export async function readModelIdentity(modelPath: string): Promise<ModelIdentity> {
  let size: number;
  try {
    size = (await stat(modelPath)).size;
  } catch (e) {
    throw new Error(`${modelPath}: cannot read the model file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { cause: e });
  }
  const [summary, sha256] = await Promise.all([readGgufSummary(modelPath), sha256File(modelPath)]);
  return { file: path.basename(modelPath), sizeBytes: size, sha256, ...dropUndefined(summary) };
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
