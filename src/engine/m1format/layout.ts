/**
 * The reference m1 output layout: one `version_N/` directory per condition holding
 * `config.yaml`, the results JSON array `<name>.json`, `<name>.scored.json` (JSON Lines as
 * Hugging Face `datasets` writes it), `metrics.json` and `log.txt`.
 */
import type { TraceSegment } from '../../shared/domain';

export const CONFIG_FILE = 'config.yaml';
export const METRICS_FILE = 'metrics.json';
export const LOG_FILE = 'log.txt';
export const SCORED_SUFFIX = '.scored.json';
export const VERSION_DIR = /^version_(\d+)$/;

/** One record of the results JSON array (reference field names). */
export interface ReferenceResult {
  question: string;
  options: Record<string, string>;
  answer: string;
  answer_idx: string;
  source: string;
  option_str: string;
  input_str: string;
  /** Thinking of all rounds, forcing strings included, without the think marker. */
  thinking_text: string;
  thinking_finish_reason: 'stop' | 'length';
  /** The answer as graded: the appended prefix plus the generated answer. */
  response_text: string;
  finish_reason: 'stop' | 'length';
  extracted_answer: string;
  huatuo_extracted_answer: string;
  num_gen_tokens: number;
  num_keep_think_below_budget: number;
  /** Workbench details that the reference layout has no field for (absent in reference output). */
  m1wb?: WorkbenchExtras;
}

/** Trace segment layout without its text (the text is a slice of thinking_text or traceText). */
export type SegmentLayout = Omit<TraceSegment, 'text'> & { chars: number };

export interface WorkbenchExtras {
  index: number;
  cut: { tokens: number; chars: number };
  roundsDone: number;
  answerPrefix: string;
  tokens: { thinking: number; answer: number; reencoded?: number; evaluated?: number };
  outcome?: string;
  sharedWith?: string;
  timingMs?: { answer?: number };
  /** True when the thinking is the condition's own (independent runs), not a cut of the trace. */
  ownThinking?: boolean;
  /** The question's whole trace as segment lengths. */
  trace: SegmentLayout[];
  /** The question's trace text, when no condition's thinking covers it. */
  traceText?: string;
  questionTimingMs?: { thinking?: number; total?: number };
}

/** One line of `<name>.scored.json`. */
export interface ScoredLine {
  correct: boolean;
  extracted_answer: string;
  answer: string;
  source: string;
  option_str: string;
  question: string;
  huatuo_extracted_answer: string;
}

export type Metrics = Record<string, { correct_count: number; total_count: number; accuracy: number }>;
