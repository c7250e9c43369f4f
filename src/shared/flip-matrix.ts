/**
 * The flip matrix: how every question's outcome changes between two conditions, counted per
 * flip kind with the keys of the questions in each cell, and the same across a whole ladder.
 *
 * Works on light per-question rows (outcome per condition and a normalised answer per
 * condition), so 10,000 questions × 13 conditions are counted without loading any trace.
 *
 * The states follow classifyFlip (./flip): 'no-answer' is no answer; 'correct' is correct;
 * every other outcome (wrong, extraction failed, answer only in the thinking) is wrong. Two
 * wrong answers are the same when their answer keys (see answerKey) are equal; a missing
 * answer key never equals anything.
 */
import type { ConditionId, FlipKind, GradeResult, OutcomeState } from './domain';
import { emptyFlipCounts, FLIP_KINDS } from './flip';

/** The per-question input: outcome and answer key for each condition it was run under. */
export interface FlipRow {
  key: string;
  outcomes: Partial<Record<ConditionId, OutcomeState>>;
  /** Normalised answer per condition (answerKey); used to tell same from different wrong answers. */
  answers?: Partial<Record<ConditionId, string>>;
}

export interface FlipMatrix {
  from: ConditionId;
  to: ConditionId;
  counts: Record<FlipKind, number>;
  /** Question keys per cell, in input order. */
  keys: Record<FlipKind, string[]>;
  /** Questions counted (those with an outcome under both conditions). */
  total: number;
  /** Questions lacking an outcome under one of the two conditions (not counted). */
  missing: number;
}

/**
 * The answer a condition gave, normalised for comparing wrong answers: the letter the letter
 * matcher picked, else the extraction trimmed (a lone letter upper-cased, other text lower-cased).
 */
export function answerKey(grade: Pick<GradeResult, 'matchedLetter' | 'extraction'>): string {
  if (grade.matchedLetter !== null) return grade.matchedLetter;
  const e = grade.extraction.trim();
  return /^[A-Za-z]$/.test(e) ? e.toUpperCase() : e.toLowerCase();
}

type State = 'correct' | 'wrong' | 'no-answer';

function stateOf(o: OutcomeState): State {
  if (o === 'correct') return 'correct';
  if (o === 'no-answer') return 'no-answer';
  return 'wrong';
}

/** Flip kind of one question between two conditions, from outcomes and answer keys. */
export function flipKindOf(
  from: OutcomeState,
  to: OutcomeState,
  fromAnswer: string | undefined,
  toAnswer: string | undefined,
): FlipKind {
  const a = stateOf(from);
  const b = stateOf(to);
  if (a === 'no-answer' && b === 'no-answer') return 'no-answer→no-answer';
  if (a === 'no-answer') return 'from-no-answer';
  if (b === 'no-answer') return 'to-no-answer';
  if (a === 'correct') return b === 'correct' ? 'correct→correct' : 'correct→wrong';
  if (b === 'correct') return 'wrong→correct';
  return fromAnswer !== undefined && toAnswer !== undefined && fromAnswer === toAnswer ? 'wrong→same-wrong' : 'wrong→different-wrong';
}

/** Flip kind of one row between two conditions; undefined when it lacks either condition. */
export function rowFlipKind(row: FlipRow, from: ConditionId, to: ConditionId): FlipKind | undefined {
  const a = row.outcomes[from];
  const b = row.outcomes[to];
  if (a === undefined || b === undefined) return undefined;
  return flipKindOf(a, b, row.answers?.[from], row.answers?.[to]);
}

function emptyKeys(): Record<FlipKind, string[]> {
  return Object.fromEntries(FLIP_KINDS.map((k) => [k, [] as string[]])) as Record<FlipKind, string[]>;
}

/** The flip matrix of the rows between conditions `from` and `to`. */
export function flipMatrix(rows: Iterable<FlipRow>, from: ConditionId, to: ConditionId): FlipMatrix {
  const counts = emptyFlipCounts();
  const keys = emptyKeys();
  let total = 0;
  let missing = 0;
  for (const row of rows) {
    const kind = rowFlipKind(row, from, to);
    if (kind === undefined) {
      missing++;
      continue;
    }
    counts[kind]++;
    keys[kind].push(row.key);
    total++;
  }
  return { from, to, counts, keys, total, missing };
}

/**
 * Flip matrices between each pair of consecutive conditions of a ladder (the conditions in
 * the order given): the transition view across the whole ladder.
 */
export function ladderTransitions(rows: readonly FlipRow[], ladder: readonly ConditionId[]): FlipMatrix[] {
  const out: FlipMatrix[] = [];
  for (let i = 1; i < ladder.length; i++) out.push(flipMatrix(rows, ladder[i - 1], ladder[i]));
  return out;
}

/** Flip kinds that change whether the answer is right (the cells a reviewer looks at first). */
export const CHANGING_FLIP_KINDS: readonly FlipKind[] = ['correct→wrong', 'wrong→correct', 'wrong→different-wrong', 'to-no-answer', 'from-no-answer'];
