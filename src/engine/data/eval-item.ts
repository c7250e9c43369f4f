/**
 * Validation of one eval item as it appears in the m1 eval data
 * (`{question, options: {A: ...}, answer, answer_idx}`), into the domain Item.
 */
import type { Item } from '../../shared/domain';
import { InputError } from './input-error';

/** Where an item came from, for error messages. */
export interface ItemPlace {
  file: string;
  /** 1-based line, for JSON Lines. */
  line?: number;
  source: string;
  index: number;
  /** Replaces "item N of source S" in messages (for inputs that are not eval items). */
  label?: string;
}

export function describePlace(p: ItemPlace): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.label ?? `item ${p.index} of source "${p.source}"`}`;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

const LETTER = /^[A-Z]$/;

export function toItem(raw: unknown, place: ItemPlace, opts: { question?: boolean } = {}): Item {
  const needQuestion = opts.question !== false;
  const fail = (field: string, problem: string): never => {
    throw new InputError(`${describePlace(place)}: field ${field}: ${problem}`);
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError(`${describePlace(place)}: expected an object with ${needQuestion ? 'question, ' : ''}options, answer, answer_idx, got ${typeName(raw)}`);
  }
  const r = raw as Record<string, unknown>;

  let question = '';
  if (needQuestion || r.question !== undefined) {
    if (!('question' in r) || r.question === undefined) fail('question', 'missing');
    if (typeof r.question !== 'string') fail('question', `must be text, got ${typeName(r.question)}`);
    question = r.question as string;
    if (needQuestion && !question.trim()) fail('question', 'empty');
  }

  if (!('options' in r) || r.options === undefined || r.options === null) fail('options', 'missing');
  if (typeof r.options !== 'object' || Array.isArray(r.options)) {
    fail('options', `must be an object mapping letters to option text, got ${typeName(r.options)}`);
  }
  const rawOptions = r.options as Record<string, unknown>;
  const letters = Object.keys(rawOptions);
  if (letters.length === 0) fail('options', 'empty (no options)');
  if (letters.length < 2) fail('options', `only one option (${letters[0]}); need at least two`);
  const options: Record<string, string> = {};
  for (const letter of letters) {
    if (!LETTER.test(letter)) fail(`options.${letter}`, 'option keys must be single capital letters A-Z');
    const text = rawOptions[letter];
    if (typeof text !== 'string') fail(`options.${letter}`, `must be text, got ${typeName(text)}`);
    options[letter] = text as string;
  }

  if (!('answer_idx' in r) || r.answer_idx === undefined) fail('answer_idx', 'missing (the gold option letter)');
  if (typeof r.answer_idx !== 'string') fail('answer_idx', `must be text (an option letter), got ${typeName(r.answer_idx)}`);
  const answerIdx = r.answer_idx as string;
  if (!(answerIdx in options) || !LETTER.test(answerIdx)) {
    fail('answer_idx', `gold letter ${JSON.stringify(answerIdx)} is not one of the options ${letters.join(', ')}`);
  }

  let answer: string;
  if (!('answer' in r) || r.answer === undefined) {
    answer = options[answerIdx];
  } else {
    if (typeof r.answer !== 'string') fail('answer', `must be text (the gold option text), got ${typeName(r.answer)}`);
    answer = r.answer as string;
  }

  return { source: place.source, index: place.index, question, options, answer, answerIdx };
}
