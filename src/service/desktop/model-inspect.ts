/**
 * The model manager's report on a GGUF: metadata, the compute backend node-llama-cpp loads
 * here, free memory, the GPU layers its resolver would choose for a context, and whether it
 * fits (with guidance when it does not).
 */
import { stat } from 'node:fs/promises';
import { GgufInsights, readGgufFileInfo } from 'node-llama-cpp';
import { getRuntime, type GpuOption } from '../../engine/model/load';
import { readGgufSummary } from '../../engine/model/identity';
import type { ModelReport } from '../../shared/desktop/model';
import type { GpuChoice } from '../../shared/desktop/settings';
import { checkGgufFile } from './gguf-file';

export function gpuOption(choice: GpuChoice): GpuOption {
  return choice === 'cpu' ? false : choice;
}

const GiB = 1024 ** 3;
const gib = (n: number) => `${(n / GiB).toFixed(1)} GiB`;

export async function inspectModel(file: string, gpu: GpuChoice, contextSize: number): Promise<ModelReport> {
  await checkGgufFile(file);
  const [summary, info, size] = await Promise.all([readGgufSummary(file), readGgufFileInfo(file, { readTensorInfo: true }), stat(file)]);
  const llama = await getRuntime(gpuOption(gpu));
  const insights = await GgufInsights.from(info, llama);
  const ctx = Math.min(contextSize, insights.trainContextSize ?? contextSize);
  const [vram, ram, gpuNames] = await Promise.all([llama.getVramState(), llama.getRamState(), llama.gpu === false ? [] : llama.getGpuDeviceNames()]);
  const resolved = await insights.configurationResolver.resolveAndScoreConfig({ targetContextSize: ctx });
  const v = resolved.resolvedValues;
  const backend = llama.gpu === false ? 'cpu' : llama.gpu;
  const vramOk = llama.gpu === false || v.totalVramUsage <= vram.free;
  const ramOk = v.totalRamUsage <= ram.free;
  const fits = vramOk && ramOk && v.contextSize >= ctx;
  let advice: string | undefined;
  if (!fits) {
    advice =
      `Needs about ${gib(v.totalVramUsage)} of GPU memory and ${gib(v.totalRamUsage)} of RAM for a ${ctx}-token context ` +
      `(free: ${llama.gpu === false ? 'no GPU' : gib(vram.free)}, ${gib(ram.free)} RAM). ` +
      'Use a smaller quantisation (Q4_K_M, Q3_K_M), smaller budgets (a shorter context), or close other programs using the GPU.';
  } else if (llama.gpu === false) {
    advice = 'Runs on the CPU: expect a few tokens per second with a 7B model. A CUDA, Vulkan or Metal build of node-llama-cpp uses the GPU where one is present.';
  } else if (v.gpuLayers < insights.totalLayers) {
    advice = `Only ${v.gpuLayers} of ${insights.totalLayers} layers fit on the GPU; the rest run on the CPU, which is slower.`;
  }
  const report: ModelReport = {
    path: file,
    sizeBytes: size.size,
    layers: insights.totalLayers,
    backend,
    gpuNames,
    ram: { total: ram.total, free: ram.free },
    contextSize: ctx,
    gpuLayers: v.gpuLayers,
    fits,
    ...summary,
  };
  if (insights.totalParameters > 0) report.parameters = insights.totalParameters;
  if (llama.gpu !== false) report.vram = { total: vram.total, free: vram.free };
  if (advice) report.advice = advice;
  return report;
}
