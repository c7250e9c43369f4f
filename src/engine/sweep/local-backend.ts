/**
 * The local backend: one node-llama-cpp sequence (TraceSession) with exact token budgets;
 * traces continue from the generated token ids and answer branches rewind the KV cache to
 * their cut.
 */
import type { LlamaModel, Token } from 'node-llama-cpp';
import type { RunHeader } from '../../shared/runlog';
import type { Generation, TraceSession } from '../local/session';
import type { LiveTracePiece } from './types';
import type { AnswerBranch, PartTokens, PromptInput, SweepBackend, SweepLane, ThinkGeneration, ThinkingCut } from './backend';

export class LocalLane implements SweepLane {
  constructor(
    readonly session: TraceSession,
    readonly model: LlamaModel,
  ) {}

  get evaluatedTotal(): number {
    return this.session.evaluatedTotal;
  }

  get generatedTotal(): number {
    return this.session.generatedTotal;
  }

  private generation(g: Generation): ThinkGeneration {
    return { ids: g.tokens, tokens: g.tokens.length, text: this.model.detokenize(g.tokens, false), finish: g.finish, evaluated: g.evaluated };
  }

  live(piece: LiveTracePiece): void {
    this.session.live(piece);
  }

  async start(prompt: PromptInput, limit: number): Promise<ThinkGeneration> {
    await this.session.reset();
    this.session.phase = { kind: 'think', round: 0 };
    return this.generation(await this.session.generate(prompt.ids as Token[], limit));
  }

  async continue(forced: { text: string; ids: number[] }, limit: number, round: number): Promise<ThinkGeneration> {
    this.session.phase = { kind: 'think', round };
    return this.generation(await this.session.generate(forced.ids as Token[], limit));
  }

  /** Rewind the sequence to the cut (the shared prefix stays in the KV cache) and generate the answer. */
  async answer(prompt: PromptInput, cut: ThinkingCut, prefix: string, maxTokens: number): Promise<AnswerBranch> {
    const t0 = performance.now();
    const prefixIds = this.model.tokenize(prefix, true);
    const promptLength = prompt.ids.length;
    const end = promptLength + cut.tokens;
    await this.session.rewind(end, cut.finish === 'length');
    const have = this.session.tokens().slice(promptLength, end);
    const want = cut.parts.flatMap((p) => p.ids);
    if (have.length !== want.length || have.some((t, i) => t !== want[i])) {
      throw new Error('the sequence does not hold the thinking of this cut');
    }
    this.session.phase = { kind: 'answer', round: cut.roundsDone };
    let g;
    try {
      g = await this.session.generate(prefixIds, maxTokens);
    } finally {
      this.session.phase = { kind: 'think', round: 0 };
    }
    return {
      prefix,
      ids: g.tokens,
      tokens: g.tokens.length,
      text: this.model.detokenize(g.tokens, false),
      evaluated: g.evaluated,
      ms: performance.now() - t0,
    };
  }
}

export class LocalBackend implements SweepBackend {
  readonly lanes: LocalLane[];

  constructor(
    readonly model: LlamaModel,
    session: TraceSession,
    readonly engine: RunHeader['engine'],
  ) {
    this.lanes = [new LocalLane(session, model)];
  }

  tokenize(text: string): Promise<number[]> {
    return Promise.resolve(this.model.tokenize(text, true));
  }

  partText(part: PartTokens, n: number): string {
    return this.model.detokenize(part.ids.slice(0, n) as Token[], false);
  }
}
