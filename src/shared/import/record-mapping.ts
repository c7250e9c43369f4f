/**
 * JSON Lines of one record per question × condition, with a field mapping: which field of
 * a record holds the question, options, gold, source, budget, rounds, thinking, answer and
 * the file's own verdict. Fields are dotted paths ("doc.question"); budget and rounds may
 * also be fixed numbers for files that hold a single condition.
 */
import type { ConditionResult } from '../domain';
import { importFail, typeName } from './import-error';
import { makeItem } from './eval-item';
import type { ReferencePart } from './m1-reference';

export const MAPPING_TARGETS = ['question', 'options', 'answerIdx', 'answer', 'source', 'index', 'budget', 'rounds', 'thinking', 'response', 'correct'] as const;
export type MappingTarget = (typeof MAPPING_TARGETS)[number];

/** Target → a dotted field path, or a fixed number for budget/rounds (written "=2048"). */
export type FieldMapping = Partial<Record<MappingTarget, string>>;

export const MAPPING_LABELS: Record<MappingTarget, string> = {
  question: 'Question text',
  options: 'Options (object or list)',
  answerIdx: 'Gold letter',
  answer: 'Gold option text',
  source: 'Source (benchmark)',
  index: 'Index in source',
  budget: 'Thinking budget',
  rounds: 'Forcing rounds',
  thinking: 'Thinking text',
  response: 'Answer text',
  correct: 'File verdict (correct)',
};

export const REQUIRED_TARGETS: readonly MappingTarget[] = ['question', 'options', 'budget', 'response'];

const CANDIDATES: Record<MappingTarget, string[]> = {
  question: ['question', 'doc.question', 'prompt', 'input', 'problem'],
  options: ['options', 'doc.options', 'choices', 'doc.choices'],
  answerIdx: ['answer_idx', 'doc.answer_idx', 'gold_letter', 'answer_letter', 'label', 'gold'],
  answer: ['answer', 'doc.answer', 'gold_text', 'target'],
  source: ['source', 'doc.source', 'dataset', 'benchmark', 'task'],
  index: ['index', 'doc_id', 'idx', 'id'],
  budget: ['budget', 'max_new_tokens', 'thinking_budget', 'max_tokens_thinking', 'condition.budget'],
  rounds: ['rounds', 'keep_think_below_budget_times', 'forcing_rounds', 'wait_rounds', 'num_ignore', 'condition.rounds'],
  thinking: ['thinking_text', 'thinking', 'reasoning', 'trace', 'thought'],
  response: ['response_text', 'response', 'answer_text', 'output', 'completion', 'resps.0.0', 'filtered_resps.0'],
  correct: ['correct', 'is_correct', 'exact_match', 'acc'],
};

/** Every dotted field path of a record (objects walked; list items by position up to 2 levels). */
export function fieldPaths(value: unknown, prefix = '', depth = 0, out: string[] = []): string[] {
  if (value && typeof value === 'object' && depth < 3) {
    const entries = Array.isArray(value) ? value.slice(0, 2).map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [k, v] of entries) {
      const p = prefix ? `${prefix}.${k}` : k;
      out.push(p);
      if (v && typeof v === 'object' && !(k === 'options' || k === 'choices')) fieldPaths(v, p, depth + 1, out);
    }
  }
  return out;
}

/** A first guess of the mapping from the fields of a sample record. */
export function guessMapping(sample: unknown): FieldMapping {
  const paths = new Set(fieldPaths(sample));
  const mapping: FieldMapping = {};
  const used = new Set<string>();
  for (const target of MAPPING_TARGETS) {
    const hit = CANDIDATES[target].find((c) => paths.has(c) && !used.has(c));
    if (hit) {
      mapping[target] = hit;
      used.add(hit);
    }
  }
  return mapping;
}

/** The value at a dotted path. */
export function valueAt(record: unknown, path: string): unknown {
  let v: unknown = record;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** Targets the mapping lacks that an import needs. */
export function missingTargets(mapping: FieldMapping): MappingTarget[] {
  const missing = REQUIRED_TARGETS.filter((t) => !mapping[t]);
  if (!mapping.answerIdx && !mapping.answer) missing.push('answerIdx');
  return missing;
}

function numberAt(record: unknown, spec: string | undefined, file: string, line: number, target: MappingTarget, min: number, fallback?: number): number {
  if (!spec) {
    if (fallback !== undefined) return fallback;
    importFail(file, line, target, 'not mapped');
  }
  const fixed = spec.startsWith('=');
  const raw = fixed ? Number(spec.slice(1)) : valueAt(record, spec);
  const field = fixed ? target : spec;
  const v = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (v === undefined || v === null) {
    if (fallback !== undefined) return fallback;
    importFail(file, line, field, 'missing');
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) importFail(file, line, field, `must be a whole number ≥ ${min}, got ${typeName(v)}`);
  return v;
}

function verdictAt(record: unknown, spec: string | undefined, file: string, line: number): boolean | undefined {
  if (!spec) return undefined;
  const v = valueAt(record, spec);
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  if (v === 0 || v === 1) return v === 1;
  if (v === 0.0 || v === 1.0) return v === 1;
  importFail(file, line, spec, `must be true/false or 0/1, got ${typeName(v)}`);
}

/**
 * Converts one mapped record into a question × condition part. `counters` numbers the
 * questions of each source when no index field is mapped (first appearance of a question
 * text gets the next number).
 */
export function mappedPart(
  record: unknown,
  mapping: FieldMapping,
  at: { file: string; line: number; defaultSource: string },
  counters: Map<string, Map<string, number>>,
): ReferencePart {
  const { file, line } = at;
  if (!record || typeof record !== 'object' || Array.isArray(record)) importFail(file, line, undefined, `expected an object, got ${typeName(record)}`);
  const missing = missingTargets(mapping);
  if (missing.length) importFail(file, line, missing[0], 'not mapped to a field');
  const sourceRaw = mapping.source ? valueAt(record, mapping.source) : undefined;
  if (sourceRaw !== undefined && typeof sourceRaw !== 'string') importFail(file, line, mapping.source, `must be text, got ${typeName(sourceRaw)}`);
  const source = (sourceRaw as string | undefined) || at.defaultSource;
  const question = valueAt(record, mapping.question!);
  let index: number;
  if (mapping.index) index = numberAt(record, mapping.index, file, line, 'index', 0);
  else {
    const bySource = counters.get(source) ?? new Map<string, number>();
    counters.set(source, bySource);
    const q = typeof question === 'string' ? question : '';
    index = bySource.get(q) ?? bySource.size;
    bySource.set(q, index);
  }
  const item = makeItem(
    {
      question,
      options: valueAt(record, mapping.options!),
      answerIdx: mapping.answerIdx ? valueAt(record, mapping.answerIdx) : undefined,
      answer: mapping.answer ? valueAt(record, mapping.answer) : undefined,
    },
    { file, line, source, index },
    { question: mapping.question!, options: mapping.options!, answerIdx: mapping.answerIdx ?? 'answerIdx', answer: mapping.answer ?? 'answer' },
  );
  const budget = numberAt(record, mapping.budget, file, line, 'budget', 1);
  const rounds = numberAt(record, mapping.rounds, file, line, 'rounds', 0, 0);
  const thinkingRaw = mapping.thinking ? valueAt(record, mapping.thinking) : '';
  if (typeof thinkingRaw !== 'string') importFail(file, line, mapping.thinking, `must be text, got ${typeName(thinkingRaw)}`);
  const response = valueAt(record, mapping.response!);
  if (typeof response !== 'string') importFail(file, line, mapping.response, response === undefined ? 'missing' : `must be text, got ${typeName(response)}`);
  const fileCorrect = verdictAt(record, mapping.correct, file, line);
  const result: ConditionResult = {
    condition: { budget, rounds },
    cut: { tokens: 0, chars: thinkingRaw.length },
    roundsDone: rounds,
    thinkingFinish: 'stop',
    answerPrefix: '',
    answerText: response,
    ...(fileCorrect !== undefined ? { fileCorrect } : {}),
    tokens: { thinking: 0, answer: 0 },
  };
  return { item, result, thinking: thinkingRaw };
}
