/**
 * The remote backend: N lanes over one OpenAI-compatible completions server, its tokenizer
 * endpoint for forcing-string and re-encoded counts, and the per-token bytes the server
 * reported for cuts inside a generation.
 */
import type { ProtocolPreset } from '../../shared/protocol';
import type { RunHeader } from '../../shared/runlog';
import type { PartTokens, SweepBackend } from '../sweep/backend';
import type { LiveTracePiece } from '../sweep/types';
import { bytesText } from './completion';
import type { HttpOptions } from './http';
import { RemoteLane, type RemoteLaneContext } from './lane';
import { RemoteTokenizer } from './tokenizer';

export interface RemoteBackendOptions {
  http: HttpOptions;
  /** Model name sent with each request (servers that host one model ignore it). */
  model?: string;
  preset: ProtocolPreset;
  /** Requests in flight (lanes). */
  parallel: number;
  engine: RunHeader['engine'];
  onTokens?: (n: number) => void;
  onLive?: (piece: LiveTracePiece) => void;
}

export class RemoteBackend implements SweepBackend {
  readonly lanes: RemoteLane[];
  readonly engine: RunHeader['engine'];
  readonly counters: RemoteLaneContext['counters'] = { requests: 0, promptTokens: 0, cachedTokens: 0, completionTokens: 0, evaluated: 0, retried: 0 };
  private readonly tokenizer: RemoteTokenizer;
  private readonly bytes = new WeakMap<readonly string[], Uint8Array[]>();

  constructor(opts: RemoteBackendOptions) {
    if (!Number.isInteger(opts.parallel) || opts.parallel < 1) throw new Error(`parallel: a positive integer is needed, got ${opts.parallel}`);
    const counters = this.counters;
    const http: HttpOptions = {
      ...opts.http,
      onRetry: (info) => {
        counters.retried++;
        opts.http.onRetry?.(info);
      },
    };
    this.engine = opts.engine;
    this.tokenizer = new RemoteTokenizer(http, opts.model);
    const ctx: RemoteLaneContext = {
      http,
      model: opts.model,
      preset: opts.preset,
      keepBytes: (pieces, bytes) => this.bytes.set(pieces, bytes),
      onTokens: opts.onTokens,
      onLive: opts.onLive,
      counters,
    };
    this.lanes = Array.from({ length: opts.parallel }, () => new RemoteLane(ctx));
  }

  tokenize(text: string): Promise<number[]> {
    return this.tokenizer.tokenize(text);
  }

  partText(part: PartTokens, n: number): string {
    if (!part.pieces) throw new Error('a remote trace segment without per-token text cannot be cut');
    const bytes = this.bytes.get(part.pieces);
    return bytes ? bytesText(bytes, n) : part.pieces.slice(0, n).join('');
  }
}
