/**
 * Labelled error sets: the records an export writes, one per question × condition or one per
 * question. Every record carries the question, options, gold, the model's answer and trace, the
 * flip between the compared pair, outcome states, labels with spans, notes, annotators, the
 * run's provenance, and the annotations themselves (whole, so that re-importing an export gives
 * back identical annotations).
 */
import type { ConditionId, FlipKind, OutcomeState, Tag } from '../../../shared/domain';
import { classifyFlip } from '../../../shared/flip';
import { isNote, isStar } from './annotation-kinds';
import { flipTagDecision, isFlipTagLabel, suggestFlipTag, type FlipTagKind, FLIP_TAG_LABEL } from './flip-tag';
import { spansOnCondition } from './span-anchor';
import type { QuestionRecord, StoredCondition, StudyRecord } from './study-types';
import { conditionThinking } from './thinking';

export const EXPORT_FORMAT = 'm1wb.labelled-errors';
export const EXPORT_VERSION = 1;

export interface ExportPair {
  from: ConditionId;
  to: ConditionId;
}

export interface Provenance {
  study_id: string;
  study_title: string;
  origin: string;
  illustrative: boolean;
  model: string;
  protocol_preset: string;
  grid: unknown;
  mode: string;
  budget_policy: string;
  engine: string;
  started_at: string;
}

export interface ExportLabel {
  label: string;
  /** Character offsets in this condition's text (per-condition records) or in the origin condition's text. */
  span: { start: number; end: number; text: string } | null;
  condition_id: ConditionId | null;
  annotator: string;
  status: Tag['status'] | null;
}

export interface ExportFlip {
  from: ConditionId;
  to: ConditionId;
  kind: FlipKind;
  tag: FlipTagKind;
  /** The reviewer's decision on the automatic tag, if any. */
  decision: 'confirmed' | 'rejected' | null;
}

interface BaseRecord {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  question_key: string;
  source: string;
  index: number;
  question: string;
  options: Record<string, string>;
  gold: { letter: string; text: string };
  flip: ExportFlip | null;
  notes: { annotator: string; text: string }[];
  starred_by: string[];
  annotators: string[];
  provenance: Provenance;
  /** The annotations, whole (ids, offsets, times): what a re-import restores. */
  annotations: Tag[];
}

export interface ConditionRecord extends BaseRecord {
  kind: 'question-condition';
  condition: { id: ConditionId; budget: number; rounds: number; rounds_done: number };
  model_answer: { extraction: string; letter: string | null; answer_prefix: string; answer_text: string };
  trace: string;
  thinking_finish: string;
  tokens: { thinking: number; answer: number };
  outcome: OutcomeState;
  correct: boolean;
  labels: ExportLabel[];
}

export interface QuestionExportRecord extends BaseRecord {
  kind: 'question';
  /** The longest thinking trace (every condition on it is a prefix up to its cut). */
  trace: string;
  conditions: {
    id: ConditionId;
    cut_chars: number;
    cut_tokens: number;
    thinking_finish: string;
    own_thinking: string | null;
    answer_prefix: string;
    answer_text: string;
    extraction: string;
    letter: string | null;
    outcome: OutcomeState;
    correct: boolean;
  }[];
  labels: ExportLabel[];
}

export function provenanceOf(study: StudyRecord): Provenance {
  const h = study.header;
  return {
    study_id: study.id,
    study_title: study.title,
    origin: study.origin,
    illustrative: study.illustrative,
    model: h.model.name ?? h.model.file,
    protocol_preset: h.preset.name,
    grid: h.grid,
    mode: h.mode,
    budget_policy: h.budgetPolicy,
    engine: h.engine.version ? `${h.engine.name} ${h.engine.version}` : h.engine.name,
    started_at: h.startedAt,
  };
}

function flipOf(question: QuestionRecord, tags: readonly Tag[], pair: ExportPair | null): ExportFlip | null {
  if (!pair) return null;
  const from = question.conditions.find((c) => c.id === pair.from);
  const to = question.conditions.find((c) => c.id === pair.to);
  if (!from || !to) return null;
  const tag = suggestFlipTag(from, to);
  const decision = flipTagDecision(
    tags.filter((t) => t.label === FLIP_TAG_LABEL[tag]),
    pair.from,
    pair.to,
  );
  return {
    from: pair.from,
    to: pair.to,
    kind: classifyFlip(from, to),
    tag,
    decision: decision?.status === 'confirmed' || decision?.status === 'rejected' ? decision.status : null,
  };
}

function base(study: StudyRecord, question: QuestionRecord, tags: readonly Tag[], pair: ExportPair | null): Omit<BaseRecord, 'annotations'> {
  const { item } = question;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    question_key: question.key,
    source: item.source,
    index: item.index,
    question: item.question,
    options: item.options,
    gold: { letter: item.answerIdx, text: item.answer },
    flip: flipOf(question, tags, pair),
    notes: tags.filter(isNote).map((t) => ({ annotator: t.annotator, text: t.note ?? '' })),
    starred_by: [...new Set(tags.filter(isStar).map((t) => t.annotator))].sort(),
    annotators: [...new Set(tags.map((t) => t.annotator))].sort(),
    provenance: provenanceOf(study),
  };
}

function isLabel(t: Tag): boolean {
  return !isNote(t) && !isStar(t) && !isFlipTagLabel(t.label);
}

function fullText(question: QuestionRecord, c: StoredCondition): string {
  return conditionThinking(question.trace, c) + c.answerPrefix + c.answerText;
}

function labelOf(t: Tag, start?: number, end?: number, text?: string): ExportLabel {
  return {
    label: t.label,
    span: t.span ? { start: start ?? t.span.start, end: end ?? t.span.end, text: text ?? '' } : null,
    condition_id: t.conditionId ?? null,
    annotator: t.annotator,
    status: t.status ?? null,
  };
}

/**
 * One record per condition of the question. Each annotation is carried whole by exactly one
 * record: the record of its condition (annotations without a condition, or whose condition the
 * question lacks, ride on the first record).
 */
export function conditionRecords(study: StudyRecord, question: QuestionRecord, tags: readonly Tag[], pair: ExportPair | null): ConditionRecord[] {
  const common = base(study, question, tags, pair);
  const ids = new Set(question.conditions.map((c) => c.id));
  return question.conditions.map((c, i) => {
    const text = fullText(question, c);
    const spanLabels = spansOnCondition(tags.filter(isLabel), question.conditions, c).map((s) => labelOf(s.tag, s.start, s.end, text.slice(s.start, s.end)));
    const wholeLabels = tags.filter((t) => isLabel(t) && !t.span && (t.conditionId === undefined || t.conditionId === c.id || !ids.has(t.conditionId))).map((t) => labelOf(t));
    const carried = tags.filter((t) => t.conditionId === c.id || (i === 0 && (t.conditionId === undefined || !ids.has(t.conditionId))));
    return {
      kind: 'question-condition',
      ...common,
      condition: { id: c.id, budget: c.condition.budget, rounds: c.condition.rounds, rounds_done: c.roundsDone },
      model_answer: { extraction: c.grade.extraction, letter: c.grade.matchedLetter, answer_prefix: c.answerPrefix, answer_text: c.answerText },
      trace: conditionThinking(question.trace, c),
      thinking_finish: c.thinkingFinish,
      tokens: { thinking: c.tokens.thinking, answer: c.tokens.answer },
      outcome: c.outcome,
      correct: c.grade.correct,
      labels: [...wholeLabels, ...spanLabels],
      annotations: carried,
    };
  });
}

/** One record for the whole question, with every condition's answer and every annotation. */
export function questionRecord(study: StudyRecord, question: QuestionRecord, tags: readonly Tag[], pair: ExportPair | null): QuestionExportRecord {
  const trace = question.trace.segments.map((s) => s.text).join('');
  const byId = new Map(question.conditions.map((c) => [c.id, c]));
  return {
    kind: 'question',
    ...base(study, question, tags, pair),
    trace,
    conditions: question.conditions.map((c) => ({
      id: c.id,
      cut_chars: c.cut.chars,
      cut_tokens: c.cut.tokens,
      thinking_finish: c.thinkingFinish,
      own_thinking: c.thinkingText ?? null,
      answer_prefix: c.answerPrefix,
      answer_text: c.answerText,
      extraction: c.grade.extraction,
      letter: c.grade.matchedLetter,
      outcome: c.outcome,
      correct: c.grade.correct,
    })),
    labels: tags.filter(isLabel).map((t) => {
      const origin = t.conditionId ? byId.get(t.conditionId) : undefined;
      const text = t.span && origin ? fullText(question, origin).slice(t.span.start, t.span.end) : undefined;
      return labelOf(t, undefined, undefined, text);
    }),
    annotations: [...tags],
  };
}

/** JSON Lines text of records (one per line, ending with a newline). */
export function toJsonLines(records: readonly unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length > 0 ? '\n' : '');
}
