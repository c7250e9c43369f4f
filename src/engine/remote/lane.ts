/**
 * A remote lane: one question at a time over the completions API. The thinking trace is
 * generated and continued by prompt + text, as the reference scripts did: a continuation
 * sends the prompt, the thinking so far and the forcing string as one text. Answer branches
 * send prompt + the cut's thinking + the answer prefix; sent latest cut first, they share
 * the longest prefix with the request before, which the server's prefix cache serves.
 */
import type { ProtocolPreset } from '../../shared/protocol';
import type { AnswerBranch, PromptInput, SweepLane, ThinkGeneration, ThinkingCut } from '../sweep/backend';
import { cutText } from '../sweep/answer';
import type { LiveTracePiece } from '../sweep/types';
import { complete, type RawCompletion } from './completion';
import type { HttpOptions } from './http';

export interface RemoteLaneContext {
  http: HttpOptions;
  model: string | undefined;
  preset: ProtocolPreset;
  /** Remembers the raw bytes of each generated token list (for cuts inside a generation). */
  keepBytes(pieces: string[], bytes: Uint8Array[]): void;
  onTokens?: (n: number) => void;
  onLive?: (piece: LiveTracePiece) => void;
  /** Server counters, summed over all lanes. */
  counters: { requests: number; promptTokens: number; cachedTokens: number; completionTokens: number; evaluated: number; retried: number };
}

export class RemoteLane implements SweepLane {
  evaluatedTotal = 0;
  generatedTotal = 0;
  /** Prompt and thinking so far of the current trace. */
  private text = '';

  constructor(private readonly ctx: RemoteLaneContext) {}

  live(piece: LiveTracePiece): void {
    this.ctx.onLive?.(piece);
  }

  private async request(prompt: string, maxTokens: number, pieces: boolean): Promise<RawCompletion> {
    const c = await complete(this.ctx.http, this.ctx.model, this.ctx.preset, { prompt, maxTokens, pieces }, this.ctx.http.baseUrl);
    const k = this.ctx.counters;
    k.requests++;
    k.promptTokens += c.usage.prompt;
    k.cachedTokens += c.usage.cached ?? 0;
    k.completionTokens += c.usage.completion;
    k.evaluated += c.evaluated;
    this.evaluatedTotal += c.evaluated;
    this.generatedTotal += c.usage.completion;
    this.ctx.onTokens?.(c.usage.completion);
    return c;
  }

  /** A thinking generation with the text of every kept token. */
  private async think(prompt: string, limit: number, round: number): Promise<ThinkGeneration> {
    let c = await this.request(prompt, limit, true);
    let evaluated = c.evaluated;
    if (!c.pieces && c.finish === 'stop' && c.tokens > 0) {
      // Some servers trim the per-token list of a generation that ended on a stop string.
      // The same greedy request with max_tokens = the kept tokens ends by length with the
      // same tokens and the whole list.
      // Batched decoding on a busy server is not always bit-identical to the first run, so
      // a repeat that differs is tried again a few times.
      let again = await this.request(prompt, c.tokens, true);
      evaluated += again.evaluated;
      for (let tries = 1; tries < 4 && (again.text !== c.text || !again.pieces); tries++) {
        again = await this.request(prompt, c.tokens, true);
        evaluated += again.evaluated;
      }
      if (again.text !== c.text || again.tokens !== c.tokens || !again.pieces) {
        throw new Error(
          `${this.ctx.http.baseUrl}: repeating a greedy request gave another text of ${again.tokens} tokens: decoding is not deterministic on this server (batched slots); run with fewer slots`,
        );
      }
      c = { ...c, pieces: again.pieces, bytes: again.bytes, ids: again.ids };
    }
    if (c.tokens === 0) c = { ...c, pieces: [], bytes: [], ids: [] };
    if (!c.pieces || !c.bytes) throw new Error(`${this.ctx.http.baseUrl}/v1/completions: the server reports no per-token text (logprobs); budget cuts need it`);
    this.ctx.keepBytes(c.pieces, c.bytes);
    this.text = prompt + c.text;
    if (c.text) this.live({ kind: 'think', text: c.text, round });
    return { ids: c.ids ?? [], pieces: c.pieces, tokens: c.tokens, text: c.text, finish: c.finish, evaluated };
  }

  start(prompt: PromptInput, limit: number): Promise<ThinkGeneration> {
    return this.think(prompt.text, limit, 0);
  }

  continue(forced: { text: string; ids: number[] }, limit: number, round: number): Promise<ThinkGeneration> {
    return this.think(this.text + forced.text, limit, round);
  }

  async answer(prompt: PromptInput, cut: ThinkingCut, prefix: string, maxTokens: number): Promise<AnswerBranch> {
    const t0 = performance.now();
    const c = await this.request(prompt.text + cutText(cut) + prefix, maxTokens, false);
    if (c.text) this.live({ kind: 'answer', text: c.text });
    return { prefix, ids: c.ids ?? [], tokens: c.tokens, text: c.text, evaluated: c.evaluated, ms: performance.now() - t0 };
  }
}
