/**
 * One sequence's token state with exact budgets: a hand-written `evaluate()` loop that
 * counts tokens itself, stops on the preset's stop tokens (and any end-of-generation
 * token), and knows which token is not yet in the KV cache.
 *
 * KV rule: after a generation that ends by length, its last token has been sampled but not
 * evaluated (it is `pending`); the next evaluation feeds it first. After a natural stop,
 * every kept token is evaluated and the stop token is dropped. Branching erases the KV tail
 * with `eraseContextTokenRanges` so the shared prefix is never evaluated again, and puts the
 * cut's last token back as pending when the cut ended by length, so that every branch
 * evaluates exactly the batches an independent run of that condition evaluates.
 */
import type { LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp';
import type { FinishReason } from '../../shared/domain';
import type { LiveTracePiece } from '../sweep/types';
import { ContextShiftError } from './context';

export interface Generation {
  tokens: Token[];
  finish: FinishReason;
  /** Tokens evaluated (fed to the model) by this call. */
  evaluated: number;
}

export interface SessionOptions {
  temperature: number;
  seed: number;
  stops: ReadonlySet<Token>;
  signal?: AbortSignal;
  onToken?: () => void;
  /** Live trace: generated text (decoded as tokens arrive) and the markers callers add. */
  onLive?: (piece: LiveTracePiece) => void;
}

/** Decodes tokens as they arrive, holding back a token that ends inside a UTF-8 character. */
class StreamDecoder {
  private held: Token[] = [];
  constructor(private readonly model: LlamaModel) {}
  push(t: Token): string {
    this.held.push(t);
    const text = this.model.detokenize(this.held, false);
    if (text.endsWith('\uFFFD') && this.held.length < 8) return '';
    this.held = [];
    return text;
  }
  flush(): string {
    const text = this.held.length > 0 ? this.model.detokenize(this.held, false) : '';
    this.held = [];
    return text;
  }
}

export class TraceSession {
  private pending: Token | null = null;
  /** Tokens evaluated since creation. */
  evaluatedTotal = 0;
  /** Tokens generated since creation. */
  generatedTotal = 0;
  /** What generated text is, for the live trace: thinking of a round, or an answer. */
  phase: { kind: 'think' | 'answer'; round: number } = { kind: 'think', round: 0 };

  constructor(
    readonly sequence: LlamaContextSequence,
    readonly model: LlamaModel,
    private readonly opts: SessionOptions,
  ) {}

  /** Tokens of the sequence: those in the KV cache plus the pending one. */
  get length(): number {
    return this.sequence.nextTokenIndex + (this.pending === null ? 0 : 1);
  }

  tokens(): Token[] {
    const t = this.sequence.contextTokens.slice();
    if (this.pending !== null) t.push(this.pending);
    return t;
  }

  /** Report a piece of the live trace (no-op without a listener). */
  live(piece: LiveTracePiece): void {
    this.opts.onLive?.(piece);
  }

  private emitText(text: string): void {
    if (text.length === 0 || !this.opts.onLive) return;
    const { kind, round } = this.phase;
    this.opts.onLive(kind === 'think' ? { kind, text, round } : { kind, text });
  }

  /** Start from an empty sequence. */
  async reset(): Promise<void> {
    await this.sequence.clearHistory();
    this.pending = null;
  }

  /**
   * Drop everything after the first `length` tokens. With `lastPending`, the token at
   * `length - 1` leaves the KV cache too and is fed again with the next evaluation.
   */
  async rewind(length: number, lastPending: boolean): Promise<void> {
    const all = this.tokens();
    if (length > all.length || length < (lastPending ? 1 : 0)) throw new Error(`cannot rewind to ${length} of ${all.length} tokens`);
    const keep = lastPending ? length - 1 : length;
    const end = this.sequence.nextTokenIndex;
    if (keep < end) await this.sequence.eraseContextTokenRanges([{ start: keep, end }]);
    this.pending = lastPending ? all[length - 1] : null;
    if (this.sequence.nextTokenIndex !== keep) throw new Error(`KV cache holds ${this.sequence.nextTokenIndex} tokens after rewinding to ${keep}`);
  }

  /**
   * Feed `forced` (after the pending token, if any) and generate at most `limit` tokens.
   * `limit` 0 only evaluates.
   */
  async generate(forced: readonly Token[], limit: number): Promise<Generation> {
    const input = this.pending === null ? [...forced] : [this.pending, ...forced];
    if (input.length === 0) throw new Error('nothing to evaluate: no pending token and no forced tokens');
    this.opts.signal?.throwIfAborted();
    const noShift = {
      strategy: () => {
        throw new ContextShiftError(this.sequence.contextSize);
      },
    };
    if (limit <= 0) {
      await this.sequence.evaluateWithoutGeneratingNewTokens(input, { contextShift: noShift });
      this.pending = null;
      this.evaluatedTotal += input.length;
      return { tokens: [], finish: 'length', evaluated: input.length };
    }
    const it = this.sequence.evaluate(input, {
      temperature: this.opts.temperature,
      seed: this.opts.seed,
      yieldEogToken: true,
      contextShift: noShift,
    });
    const out: Token[] = [];
    const decoder = this.opts.onLive ? new StreamDecoder(this.model) : undefined;
    let evaluated = input.length;
    let finish: FinishReason = 'stop';
    try {
      let r = await it.next();
      for (;;) {
        if (r.done) {
          // An end-of-generation token ended the loop without being yielded.
          this.pending = null;
          break;
        }
        const t = r.value;
        if (this.opts.stops.has(t) || this.model.isEogToken(t)) {
          this.pending = null;
          break;
        }
        out.push(t);
        this.opts.onToken?.();
        if (decoder) this.emitText(decoder.push(t));
        if (out.length >= limit) {
          finish = 'length';
          this.pending = t;
          break;
        }
        this.opts.signal?.throwIfAborted();
        r = await it.next();
        evaluated++;
      }
    } finally {
      await it.return();
      if (decoder) this.emitText(decoder.flush());
    }
    this.evaluatedTotal += evaluated;
    this.generatedTotal += out.length;
    return { tokens: out, finish, evaluated };
  }
}
