/**
 * One eval item as the m1 eval data writes it (`{question, options: {A: ...}, answer,
 * answer_idx}`), validated into the domain Item. Options may also come as a list (letters
 * A, B, … in order).
 */
import type { Item } from '../domain';
import { importFail, typeName } from './import-error';

export interface ItemPlace {
  file: string;
  line?: number;
  source: string;
  index: number;
}

const LETTER = /^[A-Z]$/;

/** Options as letter → text; a list gets the letters A, B, C, … */
export function optionsOf(raw: unknown, place: ItemPlace, field = 'options'): Record<string, string> {
  const fail = (f: string, problem: string): never => importFail(place.file, place.line, f, problem);
  if (raw === undefined || raw === null) fail(field, 'missing');
  const options: Record<string, string> = {};
  if (Array.isArray(raw)) {
    if (raw.length > 26) fail(field, `${raw.length} options; at most 26 (A-Z)`);
    raw.forEach((text, i) => {
      if (typeof text !== 'string') fail(`${field}.${i}`, `must be text, got ${typeName(text)}`);
      options[String.fromCharCode(65 + i)] = text as string;
    });
  } else if (typeof raw === 'object') {
    for (const [letter, text] of Object.entries(raw as Record<string, unknown>)) {
      if (!LETTER.test(letter)) fail(`${field}.${letter}`, 'option keys must be single capital letters A-Z');
      if (typeof text !== 'string') fail(`${field}.${letter}`, `must be text, got ${typeName(text)}`);
      options[letter] = text as string;
    }
  } else fail(field, `must be an object mapping letters to option text, got ${typeName(raw)}`);
  const n = Object.keys(options).length;
  if (n < 2) fail(field, n === 0 ? 'empty (no options)' : 'only one option; need at least two');
  return options;
}

/**
 * Builds an Item from the parts of a record. `gold` may be the gold letter or, when no letter
 * is given, found from the gold option text.
 */
export function makeItem(
  parts: { question: unknown; options: unknown; answerIdx: unknown; answer: unknown },
  place: ItemPlace,
  fields = { question: 'question', options: 'options', answerIdx: 'answer_idx', answer: 'answer' },
): Item {
  const fail = (f: string, problem: string): never => importFail(place.file, place.line, f, problem);
  if (parts.question === undefined || parts.question === null) fail(fields.question, 'missing');
  if (typeof parts.question !== 'string') fail(fields.question, `must be text, got ${typeName(parts.question)}`);
  const question = parts.question as string;
  if (!question.trim()) fail(fields.question, 'empty');
  const options = optionsOf(parts.options, place, fields.options);
  let answerIdx: string | undefined;
  if (parts.answerIdx !== undefined && parts.answerIdx !== null) {
    if (typeof parts.answerIdx !== 'string') fail(fields.answerIdx, `must be an option letter, got ${typeName(parts.answerIdx)}`);
    answerIdx = (parts.answerIdx as string).trim();
    if (!(answerIdx in options)) fail(fields.answerIdx, `gold letter ${JSON.stringify(answerIdx)} is not one of the options ${Object.keys(options).join(', ')}`);
  }
  let answer: string | undefined;
  if (parts.answer !== undefined && parts.answer !== null) {
    if (typeof parts.answer !== 'string') fail(fields.answer, `must be text (the gold option text), got ${typeName(parts.answer)}`);
    answer = parts.answer as string;
  }
  if (answerIdx === undefined) {
    if (answer === undefined) fail(fields.answerIdx, 'missing (the gold option letter)');
    const found = Object.entries(options).find(([, text]) => text === answer);
    if (!found) return fail(fields.answer, `gold text ${JSON.stringify(answer)} is not one of the options, and no gold letter is given`);
    answerIdx = found[0];
  }
  return { source: place.source, index: place.index, question, options, answer: answer ?? options[answerIdx], answerIdx };
}

/** An eval item in the m1 eval-data shape. */
export function toEvalItem(raw: unknown, place: ItemPlace): Item {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    importFail(place.file, place.line, undefined, `item ${place.index} of source "${place.source}": expected an object with question, options, answer, answer_idx, got ${typeName(raw)}`);
  }
  const r = raw as Record<string, unknown>;
  return makeItem({ question: r.question, options: r.options, answerIdx: r.answer_idx, answer: r.answer }, place);
}
