/**
 * `m1wb prompt`: one JSON line per item, {source, index, prompt}, with the exact m1 prompt
 * text; with --tokens also the token ids (special-token parsing on) from the model's
 * tokenizer.
 */
import { loadEvalData } from '../../engine/data/load-eval-data';
import { InputError } from '../../engine/data/input-error';
import { buildPrompt } from '../../shared/protocol/prompt';
import { resolvePreset } from '../preset-flags';
import { checkGgufFile } from '../gguf-check';

export interface PromptCommandOptions {
  data: string;
  sources?: string[];
  limit?: number;
  preset: string;
  forceString?: string;
  tokens?: boolean;
  model?: string;
}

export async function promptCommand(opts: PromptCommandOptions): Promise<void> {
  if (opts.tokens && !opts.model) throw new InputError('--tokens needs --model <file.gguf> (the tokenizer comes from the model)');
  const preset = resolvePreset(opts.preset, opts.forceString);
  const items = await loadEvalData(opts.data, { sources: opts.sources, limit: opts.limit });
  let tokenize: ((text: string) => number[]) | undefined;
  let dispose: (() => Promise<void>) | undefined;
  if (opts.tokens && opts.model) {
    await checkGgufFile(opts.model);
    const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');
    const llama = await getLlama({ gpu: false, build: 'never', skipDownload: true, progressLogs: false, logLevel: LlamaLogLevel.error });
    const model = await llama.loadModel({ modelPath: opts.model, vocabOnly: true });
    tokenize = (text) => Array.from(model.tokenize(text, true));
    dispose = async () => {
      await model.dispose();
      await llama.dispose();
    };
  }
  try {
    const lines = items.map((item) => {
      const prompt = buildPrompt(item, preset);
      const line: Record<string, unknown> = { source: item.source, index: item.index, prompt };
      if (tokenize) line.tokens = tokenize(prompt);
      return JSON.stringify(line);
    });
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await dispose?.();
  }
}
