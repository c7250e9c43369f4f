/**
 * runRemoteSweep: the same sweep as runSweep (same grid, modes, budget policies, run log and
 * resume), with an OpenAI-compatible completions server doing the inference.
 */
import path from 'node:path';
import { itemKey } from '../../shared/domain';
import { buildPrompt } from '../../shared/protocol';
import { readModelIdentity, type ModelIdentity } from '../model/identity';
import { buildHeader } from '../runlog/header';
import { RunLogWriter } from '../runlog/writer';
import type { PromptInput } from '../sweep/backend';
import { validateGrid, validateItems } from '../sweep/grid';
import { runGrid } from '../sweep/run-grid';
import { checkModeAndPolicy } from '../sweep/run-sweep';
import type { SweepHooks, SweepOptions, SweepSummary } from '../sweep/types';
import { RemoteBackend } from './backend';
import type { HttpOptions } from './http';
import { readServerInfo } from './server-info';

export interface RemoteSweepOptions extends Omit<SweepOptions, 'modelPath' | 'threads' | 'gpu'> {
  /** Server base URL, e.g. http://127.0.0.1:8080 (the `/v1/...` paths are appended). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer KEY`. */
  apiKey?: string;
  /** Requests in flight; default 1. */
  parallel?: number;
  /** Per request attempt; default 600 000 ms. */
  timeoutMs?: number;
  /** Retries on 429, 5xx, timeouts and dropped connections; default 6. */
  retries?: number;
  /** First backoff delay in ms (doubles per retry); default 500. */
  backoffMs?: number;
  /** Model name sent with requests; default: the first model the server lists. */
  model?: string;
  /** A local copy of the served GGUF: its identity (sha256) goes into the header. */
  modelPath?: string;
  /** Called before each retry. */
  onRetry?: HttpOptions['onRetry'];
}

export interface RemoteSweepSummary extends SweepSummary {
  /** The server's own counters summed over every request of this call. */
  server: RemoteBackend['counters'];
}

export async function runRemoteSweep(options: RemoteSweepOptions, hooks: SweepHooks = {}): Promise<RemoteSweepSummary> {
  const t0 = performance.now();
  const { preset, items, grid, mode, budgetPolicy, signal } = options;
  checkModeAndPolicy(mode, budgetPolicy);
  validateGrid(grid);
  validateItems(items);
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw new Error(`baseUrl: not a URL: ${options.baseUrl}`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new Error(`baseUrl: http or https is needed, got ${base.protocol}`);
  const baseUrl = options.baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '');
  const http: HttpOptions = {
    baseUrl,
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    backoffMs: options.backoffMs,
    signal,
    onRetry: options.onRetry,
  };
  const parallel = options.parallel ?? 1;

  const server = await readServerInfo(http);
  const served = options.model ?? server.modelId;
  const identity: ModelIdentity | { file: string; name?: string } = options.modelPath
    ? await readModelIdentity(options.modelPath)
    : { file: path.basename(server.modelPath ?? served ?? 'remote model') };
  const engine = {
    name: 'openai-completions',
    ...(server.build ? { version: server.build } : {}),
    baseUrl,
    ...(served ? { model: served } : {}),
    parallel,
    ...(server.slots !== undefined ? { serverSlots: server.slots } : {}),
    cuts: 'per-token text from logprobs',
  };
  const header = buildHeader({ model: identity as ModelIdentity, preset, grid, mode, budgetPolicy, engine, data: options.data, title: options.title });
  RunLogWriter.preflight(options.out, header, { resume: options.resume });

  const backend = new RemoteBackend({
    http,
    model: served,
    preset,
    parallel,
    engine,
    onTokens: hooks.onTokens,
    onLive: hooks.onTrace ? (piece) => hooks.onTrace!(piece) : undefined,
  });
  const prompts = new Map<string, PromptInput>();
  for (const item of items) {
    const text = buildPrompt(item, preset);
    prompts.set(itemKey(item), { text, ids: await backend.tokenize(text) });
  }
  const summary = await runGrid({ backend, options, header, prompts, t0 }, hooks);
  return { ...summary, server: { ...backend.counters } };
}
