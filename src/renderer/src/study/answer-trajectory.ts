/**
 * The answer trajectory inside a trace: where the candidate answer changes while the model
 * thinks, and whether a forcing string ("Wait") came just before the change.
 *
 * Two sources, both positioned by character offset in the trace:
 * - candidate mentions in the thinking ("the answer is B", "I'll go with C", "\boxed{D}");
 * - the graded answer each condition gave at its cut (what the model would have answered had
 *   it stopped there).
 */
import type { ConditionId, Letter } from '../../../shared/domain';
import type { StoredCondition } from './study-types';
import type { TextSpan } from './thinking';

const LETTER = '\\(?([A-N])\\)?(?![A-Za-z0-9\'’])(?!\\s+or\\b)';
const CANDIDATE_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b[Aa]nswer(?: here)? (?:is|should be|would be|must be|has to be|seems to be|is probably|is likely|is still|remains)[:\\s]*(?:option\\s+)?${LETTER}`, 'g'),
  new RegExp(`\\b[Aa]nswer\\b[^.\\n]{0,60}?\\bwhich is option ${LETTER}`, 'g'),
  new RegExp(`\\\\boxed\\{\\s*(?:\\\\text\\{\\s*)?${LETTER}`, 'g'),
  new RegExp(`\\b(?:go with|going with|stick with|settle on|I['’]ll choose|I['’]ll pick|I['’]d choose|I['’]d pick|I['’]ll say)\\s+(?:option\\s+)?${LETTER}`, 'g'),
  new RegExp(`\\b(?:[Oo]ption|[Cc]hoice) ${LETTER}\\s+(?:is|seems|looks)\\s+(?:correct|right|best|the answer|the best)`, 'g'),
];

export interface CandidateMention {
  /** Offset of the mention in the text (start of the matched phrase). */
  at: number;
  end: number;
  letter: Letter;
  /** Forcing round the mention belongs to (0 before the first forcing string). */
  round: number;
  /** The candidate differs from the previous mention's. */
  changed: boolean;
  /** A forcing string lies between the previous mention and this one. */
  afterForcing: boolean;
}

/**
 * Candidate answers named in a thinking text, in text order. Only letters of the question's
 * options count. `forcing` gives the forcing strings' spans in the same text.
 */
export function candidateMentions(text: string, letters: readonly Letter[], forcing: readonly TextSpan[]): CandidateMention[] {
  const allowed = new Set(letters);
  const found = new Map<number, { at: number; end: number; letter: Letter }>();
  for (const pattern of CANDIDATE_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const letter = m[1];
      if (!allowed.has(letter)) continue;
      if (!found.has(m.index)) found.set(m.index, { at: m.index, end: m.index + m[0].length, letter });
    }
  }
  const sorted = [...found.values()].sort((a, b) => a.at - b.at);
  const result: CandidateMention[] = [];
  let previous: { at: number; letter: Letter } | null = null;
  for (const m of sorted) {
    const round = forcing.filter((f) => f.start < m.at).length;
    const afterForcing = previous !== null && forcing.some((f) => f.start >= previous!.at && f.start < m.at);
    result.push({ ...m, round, changed: previous !== null && previous.letter !== m.letter, afterForcing });
    previous = m;
  }
  return result;
}

/** The answer a condition gave at its cut. */
export interface CutAnswer {
  conditionId: ConditionId;
  /** Cut offset in the trace. */
  at: number;
  /** Letter the grader matched, else the extraction. */
  answer: string;
  outcome: StoredCondition['outcome'];
  /** Differs from the answer at the previous cut along the trace. */
  changed: boolean;
  /** A forcing string lies between the previous cut and this one. */
  afterForcing: boolean;
}

const LEADING_LETTER = /^\s*([A-N])\s*(?:[.:)]|$)/;

/**
 * The answer a condition gave, as a letter where one can be told: the gold letter when graded
 * correct, the matched letter, a leading "X." in the extraction; else the extraction itself.
 * No answer is "∅".
 */
export function answerOf(c: StoredCondition, goldLetter?: Letter): string {
  if (c.outcome === 'no-answer') return '∅';
  if (c.grade.correct && goldLetter) return goldLetter;
  return c.grade.matchedLetter ?? LEADING_LETTER.exec(c.grade.extraction)?.[1] ?? c.grade.extraction.trim();
}

/**
 * Answers at every cut along the shared trace, ordered by cut offset then ladder order. Conditions
 * with the same cut give one entry each, and only the first of them can count as a change.
 */
export function cutAnswers(conditions: readonly StoredCondition[], forcing: readonly TextSpan[], goldLetter?: Letter): CutAnswer[] {
  const onTrace = conditions.filter((c) => c.thinkingText === undefined);
  const ordered = onTrace.map((c, i) => ({ c, i })).sort((a, b) => a.c.cut.chars - b.c.cut.chars || a.i - b.i);
  const result: CutAnswer[] = [];
  let previous: CutAnswer | null = null;
  for (const { c } of ordered) {
    const answer = answerOf(c, goldLetter);
    const at = c.cut.chars;
    const afterForcing = previous !== null && forcing.some((f) => f.start >= previous!.at && f.start < at);
    const entry: CutAnswer = {
      conditionId: c.id,
      at,
      answer,
      outcome: c.outcome,
      changed: previous !== null && previous.answer !== answer,
      afterForcing,
    };
    result.push(entry);
    previous = entry;
  }
  return result;
}
