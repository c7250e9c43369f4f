/**
 * One request to an OpenAI-compatible `/v1/completions` endpoint under the m1 protocol:
 * raw prompt text, `max_tokens`, the preset's stop strings, temperature 0, no penalties,
 * the preset's seed, per-token log-probabilities (for the text of each generated token).
 *
 * Token counts come from the server's `usage`. `completion_tokens` counts every sampled
 * token, the stop token included, so a generation that stopped on its own kept
 * `completion_tokens - 1` tokens (each stop of the presets is one special token).
 *
 * Server-specific extras that keep the stops working when they are special tokens:
 * `preserved_tokens` (llama-server renders them as text so that the stop strings match)
 * and `skip_special_tokens: false` (vLLM); other servers ignore them.
 */
import type { FinishReason } from '../../shared/domain';
import type { ProtocolPreset } from '../../shared/protocol';
import { requestJson, type HttpOptions } from './http';

export interface CompletionUsage {
  prompt: number;
  /** Prompt tokens served from the server's prefix cache (when it reports them). */
  cached?: number;
  completion: number;
}

export interface Completion {
  text: string;
  finish: FinishReason;
  /** Generated tokens kept (the stop token not counted). */
  tokens: number;
  /** Per-token text of the kept tokens, when the server reported all of them. */
  pieces?: string[];
  /** Per-token ids of the kept tokens, when the server reported them. */
  ids?: number[];
  usage: CompletionUsage;
  /** Tokens the server evaluated for this request (prompt not served from cache, plus generated). */
  evaluated: number;
}

interface LogprobEntry {
  id?: number;
  token?: string;
  bytes?: number[];
}

interface CompletionResponse {
  choices?: {
    text?: string;
    finish_reason?: string | null;
    logprobs?: { content?: LogprobEntry[]; tokens?: string[] } | null;
  }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number; prompt_tokens_details?: { cached_tokens?: number } | null };
  timings?: { prompt_n?: number; predicted_n?: number; cache_n?: number };
}

export interface CompletionRequest {
  prompt: string;
  maxTokens: number;
  /** Ask for per-token text. */
  pieces: boolean;
}

export function completionBody(model: string | undefined, preset: ProtocolPreset, req: CompletionRequest): Record<string, unknown> {
  const body: Record<string, unknown> = {
    prompt: req.prompt,
    max_tokens: req.maxTokens,
    stop: [...preset.stops],
    temperature: preset.temperature,
    top_p: 1,
    frequency_penalty: 0,
    presence_penalty: 0,
    seed: preset.seed,
    stream: false,
    n: 1,
    // llama-server: no repetition penalty, the prefix cache on, stops rendered as text.
    repeat_penalty: 1,
    cache_prompt: true,
    preserved_tokens: [...preset.stops],
    // vLLM: greedy without its own defaults, special tokens kept in the text for the stops.
    repetition_penalty: 1,
    top_k: -1,
    skip_special_tokens: false,
    spaces_between_special_tokens: false,
  };
  if (model) body.model = model;
  if (req.pieces) body.logprobs = 1;
  return body;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

function piecesOf(entries: LogprobEntry[] | undefined, tokens: string[] | undefined): { pieces?: string[]; ids?: number[]; bytes?: Uint8Array[] } {
  if (entries && entries.length) {
    const bytes = entries.map((e) => (e.bytes ? Uint8Array.from(e.bytes) : new TextEncoder().encode(e.token ?? '')));
    const ids = entries.every((e) => typeof e.id === 'number') ? entries.map((e) => e.id!) : undefined;
    return { pieces: entries.map((e) => e.token ?? ''), ids, bytes };
  }
  if (tokens && tokens.length) return { pieces: tokens, bytes: tokens.map((t) => new TextEncoder().encode(t)) };
  return {};
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const n = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Decode the bytes of the first `n` pieces as the text of those tokens. */
export function bytesText(bytes: readonly Uint8Array[], n: number): string {
  return decoder.decode(concatBytes(bytes.slice(0, n)));
}

export interface RawCompletion extends Completion {
  /** Raw bytes of each kept token, when reported. */
  bytes?: Uint8Array[];
}

export async function complete(http: HttpOptions, model: string | undefined, preset: ProtocolPreset, req: CompletionRequest, url: string): Promise<RawCompletion> {
  const res = await requestJson<CompletionResponse>(http, '/v1/completions', completionBody(model, preset, req));
  const choice = res.choices?.[0];
  if (!choice || typeof choice.text !== 'string') throw new Error(`${url}/v1/completions: the answer has no choices[0].text`);
  const finish: FinishReason | undefined = choice.finish_reason === 'length' ? 'length' : choice.finish_reason === 'stop' ? 'stop' : undefined;
  if (!finish) throw new Error(`${url}/v1/completions: unexpected finish_reason ${JSON.stringify(choice.finish_reason)}`);
  const u = res.usage;
  if (!u || typeof u.completion_tokens !== 'number' || typeof u.prompt_tokens !== 'number') {
    throw new Error(`${url}/v1/completions: the answer has no usage.prompt_tokens/completion_tokens`);
  }
  for (const s of preset.stops) {
    if (choice.text.includes(s)) {
      throw new Error(`${url}/v1/completions: the generated text contains the stop ${JSON.stringify(s)}: the server does not stop on it (see the README on server flags)`);
    }
  }
  const tokens = finish === 'stop' ? Math.max(0, u.completion_tokens - 1) : u.completion_tokens;
  if (finish === 'length' && tokens > req.maxTokens) throw new Error(`${url}/v1/completions: ${tokens} tokens generated with max_tokens ${req.maxTokens}`);
  const cached = u.prompt_tokens_details?.cached_tokens ?? res.timings?.cache_n;
  const promptEvaluated = res.timings?.prompt_n ?? (cached !== undefined ? u.prompt_tokens - cached : u.prompt_tokens);
  const out: RawCompletion = {
    text: choice.text,
    finish,
    tokens,
    usage: { prompt: u.prompt_tokens, completion: u.completion_tokens, ...(cached !== undefined ? { cached } : {}) },
    evaluated: promptEvaluated + u.completion_tokens,
  };
  if (req.pieces) {
    const p = piecesOf(choice.logprobs?.content ?? undefined, choice.logprobs?.tokens);
    // Usable only when they cover exactly the kept tokens and spell the text.
    if (p.pieces && p.bytes && p.pieces.length >= tokens && bytesText(p.bytes, tokens) === choice.text) {
      out.pieces = p.pieces.slice(0, tokens);
      out.bytes = p.bytes.slice(0, tokens);
      if (p.ids) out.ids = p.ids.slice(0, tokens);
    }
  }
  return out;
}
