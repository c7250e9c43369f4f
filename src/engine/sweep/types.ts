import type { Item } from '../../shared/domain';
import type { ProtocolPreset } from '../../shared/protocol';
import type { QuestionRecordLine, RunHeader } from '../../shared/runlog';
import type { GpuOption } from '../model/load';

export interface SweepGrid {
  budgets: number[];
  rounds: number[];
}

export interface SweepOptions {
  modelPath: string;
  items: Item[];
  /** Conditions are every (budget, rounds) pair. */
  grid: SweepGrid;
  preset: ProtocolPreset;
  /** shared: one trace per question, answers branched at cut points; independent: every condition from scratch. */
  mode: 'shared' | 'independent';
  /** strict: per-trace budget; m1-exact: the reference scripts' batch allowance (B − smallest usage in the batch). */
  budgetPolicy: 'strict' | 'm1-exact';
  threads?: number;
  gpu?: GpuOption;
  /** Run-log path (JSON Lines). */
  out: string;
  /** Continue an existing run log: skip finished questions. */
  resume?: boolean;
  signal?: AbortSignal;
  /** Where the items came from, recorded in the header. */
  data?: { file?: string; sources?: string[]; limit?: number };
  /** Title recorded in the header. */
  title?: string;
}

export interface QuestionStats {
  /** Tokens evaluated for this question (prompt, thinking, answer branches). */
  evaluated: number;
  /** Tokens generated for this question (thinking and answers). */
  generated: number;
  ms: number;
}

/**
 * The trace being generated, piece by piece, as it happens: a trace begins from the prompt
 * (per question; per condition in independent mode), thinking text streams token by token,
 * forcing insertions and budget cuts are marked, each answer branch starts at its cut.
 */
export type LiveTracePiece =
  | { kind: 'begin'; label: string }
  | { kind: 'think'; text: string; round: number }
  | { kind: 'force'; text: string; round: number }
  | { kind: 'budget'; tokens: number }
  | { kind: 'cut'; tokens: number; finish: 'stop' | 'length'; prefix: string }
  | { kind: 'answer'; text: string };

export interface SweepHooks {
  onStart?(info: { total: number; skipped: number; header: RunHeader }): void;
  onQuestionStart?(item: Item): void;
  /** Called as tokens are generated, with how many since the last call. */
  onTokens?(n: number): void;
  onQuestionDone?(record: QuestionRecordLine, stats: QuestionStats): void;
  /** Streams the trace as it is generated (text decoded token by token). */
  onTrace?(piece: LiveTracePiece): void;
}

export interface SweepSummary {
  /** Questions run by this call. */
  questions: number;
  /** Questions skipped because the run log already had them (resume). */
  skipped: number;
  evaluatedTokens: number;
  generatedTokens: number;
  ms: number;
}
