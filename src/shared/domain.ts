/**
 * Domain types shared by every layer (Node and browser). No runtime dependencies.
 *
 * Vocabulary:
 * - item: one multiple-choice question from an eval file.
 * - condition: a thinking budget (max thinking tokens) × a number of forcing rounds.
 * - trace: the question's one long thinking trace, as segments (thinking, forcing string, ...).
 * - cut: where a condition's thinking ends inside that trace (tokens and characters).
 * - outcome: what the condition's answer was worth (correct, wrong, no answer, ...).
 * - flip: how the outcome changed between two conditions.
 * - tag: a reviewer's label on a question or on a span of a trace.
 */

/** Option letter, "A" … "N". */
export type Letter = string;

export interface Item {
  /** Benchmark name, e.g. "MedQA_USLME_test". */
  source: string;
  /** Position of the item inside its source, 0-based. */
  index: number;
  question: string;
  /** Options in data order; keys are letters. */
  options: Record<Letter, string>;
  /** Gold option text. */
  answer: string;
  /** Gold option letter. */
  answerIdx: Letter;
}

export interface Condition {
  /** Thinking budget in tokens. */
  budget: number;
  /** Forcing rounds requested. */
  rounds: number;
}

export type ConditionId = `b${number}.r${number}`;

export function conditionId(c: Condition): ConditionId {
  return `b${c.budget}.r${c.rounds}`;
}

export function parseConditionId(id: string): Condition {
  const m = /^b(\d+)\.r(\d+)$/.exec(id);
  if (!m) throw new Error(`not a condition id: ${id}`);
  return { budget: Number(m[1]), rounds: Number(m[2]) };
}

/** Ladder order: budget first, then rounds. */
export function compareConditions(a: Condition, b: Condition): number {
  return a.budget - b.budget || a.rounds - b.rounds;
}

export function itemKey(item: Pick<Item, 'source' | 'index'>): string {
  return `${item.source}#${item.index}`;
}

export type FinishReason = 'stop' | 'length';

export interface TraceSegment {
  /** "think": generated thinking; "force": the inserted forcing string (e.g. "Wait"). */
  kind: 'think' | 'force';
  /** 0 for the first thinking phase, r for the r-th forcing round (its forcing string and continuation). */
  round: number;
  text: string;
  /** Engine token count of this segment. */
  tokens: number;
  /** For "think" segments: why generation ended. */
  finish?: FinishReason;
}

export interface Trace {
  segments: TraceSegment[];
}

export function traceText(trace: Trace): string {
  return trace.segments.map((s) => s.text).join('');
}

export interface Cut {
  /** Thinking tokens (engine count) before the cut. */
  tokens: number;
  /** Characters of the trace text before the cut. */
  chars: number;
}

/** Which grader rule decided. */
export type GradeRule =
  | 'exact-text' // extraction equals the gold option text
  | 'letter-text' // extraction equals "X. text" for the gold letter
  | 'single-letter' // extraction is the gold letter
  | 'answer-is' // letter matcher step a
  | 'standalone-letter' // step b
  | 'option-text' // step c
  | 'similarity'; // step d

export interface GradeResult {
  extraction: string;
  /** Letter picked by the letter matcher; null when a direct match decided. */
  matchedLetter: Letter | null;
  rule: GradeRule;
  correct: boolean;
}

/**
 * Outcome states beyond right and wrong:
 * - no-answer: the budget ran out and the answer phase produced nothing gradable;
 * - extraction-failed: no \boxed / \fbox answer could be extracted (graded on the whole text);
 * - thinking-only: the answer was only given inside the thinking, not in the answer.
 */
export type OutcomeState = 'correct' | 'wrong' | 'no-answer' | 'extraction-failed' | 'thinking-only';

export interface ConditionResult {
  condition: Condition;
  /** Where this condition's thinking ends in the question's trace. */
  cut: Cut;
  /** Forcing rounds that actually happened (≤ condition.rounds). */
  roundsDone: number;
  /** Finish reason of the last thinking segment before the cut. */
  thinkingFinish: FinishReason;
  /** Text appended after the thinking ("\n" if needed, then "<|im_start|>answer" [+ "\nFinal Answer:"]). */
  answerPrefix: string;
  /** Generated answer text (without the prefix). */
  answerText: string;
  /** Grade of answerPrefix + answerText. Optional in imported files: re-graded on import. */
  grade?: GradeResult;
  /** The verdict stored in an imported file, when it had one. */
  fileCorrect?: boolean;
  outcome?: OutcomeState;
  /** Thinking text when it is not a prefix of the question's trace (independent runs). */
  thinkingText?: string;
  tokens: {
    thinking: number;
    answer: number;
    /** Reference-style count: re-encoding the decoded text incl. forcing strings and prefixes. */
    reencoded?: number;
    /** Tokens evaluated by the engine for this condition's answer branch. */
    evaluated?: number;
  };
  timingMs?: { answer?: number };
  /** Conditions with the identical cut share one answer: the condition that generated it. */
  sharedWith?: ConditionId;
}

export interface QuestionRecord {
  item: Item;
  trace: Trace;
  conditions: ConditionResult[];
  timingMs?: { thinking?: number; total?: number };
}

export type FlipKind =
  | 'correct→correct'
  | 'correct→wrong'
  | 'wrong→correct'
  | 'wrong→same-wrong'
  | 'wrong→different-wrong'
  | 'to-no-answer'
  | 'from-no-answer'
  | 'no-answer→no-answer';

export interface Tag {
  id: string;
  studyId: string;
  questionKey: string;
  label: string;
  /** Span anchored by character offsets in the trace text; absent for a whole-question label. */
  span?: { start: number; end: number };
  /** Condition the tag was made on (for flip tags and answer spans). */
  conditionId?: ConditionId;
  /** For a flip tag: the condition the flip starts from (conditionId is where it ends). */
  fromConditionId?: ConditionId;
  note?: string;
  annotator: string;
  status?: 'suggested' | 'confirmed' | 'rejected';
  createdAt: number;
}
