/**
 * One eval item as the m1 eval data writes it (`{question, options: {A: ...}, answer,
 * answer_idx}`), validated into the domain Item. Options may also come as a list (letters
 * A, B, … in order) unless the rules say otherwise.
 */
import type { Item } from '../domain';
import { ImportError, typeName } from './import-error';

export interface ItemPlace {
  file: string;
  /** 1-based line, for JSON Lines. */
  line?: number;
  source: string;
  index: number;
  /** Names the item in every message ("item 3 of source \"MedQA\"", "input 2"). */
  label?: string;
}

/** What an item may leave out or write differently. Everything is allowed by default. */
export interface ItemRules {
  /** Options may be a list (letters A, B, … in order). */
  optionList?: boolean;
  /** Without a gold letter, the gold option text names the letter. */
  goldFromText?: boolean;
  /** The question is required and not empty; when false it may be left out (it is then ''). */
  question?: boolean;
}

const LETTER = /^[A-Z]$/;

/** Throws an ImportError worded "file:line: label: field F: problem". */
function itemFail(place: ItemPlace, field: string | undefined, problem: string): never {
  const where = place.line !== undefined ? `${place.file}:${place.line}` : place.file;
  const label = place.label !== undefined ? `${place.label}: ` : '';
  throw new ImportError(`${where}: ${label}${field ? `field ${field}: ` : ''}${problem}`, place.file, place.line, field);
}

/** Options as letter → text; a list gets the letters A, B, C, … */
export function optionsOf(raw: unknown, place: ItemPlace, field = 'options', rules: ItemRules = {}): Record<string, string> {
  const fail = (f: string, problem: string): never => itemFail(place, f, problem);
  if (raw === undefined || raw === null) fail(field, 'missing');
  const isList = Array.isArray(raw);
  if (typeof raw !== 'object' || (isList && rules.optionList === false)) {
    fail(field, `must be an object mapping letters to option text, got ${typeName(raw)}`);
  }
  const entries: [string, unknown][] = isList
    ? (raw as unknown[]).map((text, i) => [String.fromCharCode(65 + i), text])
    : Object.entries(raw as Record<string, unknown>);
  if (entries.length === 0) fail(field, 'empty (no options)');
  if (entries.length < 2) fail(field, `only one option (${entries[0][0]}); need at least two`);
  if (entries.length > 26) fail(field, `${entries.length} options; at most 26 (A-Z)`);
  const options: Record<string, string> = {};
  entries.forEach(([letter, text], i) => {
    const name = `${field}.${isList ? i : letter}`;
    if (!LETTER.test(letter)) fail(name, 'option keys must be single capital letters A-Z');
    if (typeof text !== 'string') fail(name, `must be text, got ${typeName(text)}`);
    options[letter] = text as string;
  });
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
  rules: ItemRules = {},
): Item {
  const fail = (f: string, problem: string): never => itemFail(place, f, problem);
  const needQuestion = rules.question !== false;
  let question = '';
  if (needQuestion || (parts.question !== undefined && parts.question !== null)) {
    if (parts.question === undefined || parts.question === null) fail(fields.question, 'missing');
    if (typeof parts.question !== 'string') fail(fields.question, `must be text, got ${typeName(parts.question)}`);
    question = parts.question as string;
    if (needQuestion && !question.trim()) fail(fields.question, 'empty');
  }
  const options = optionsOf(parts.options, place, fields.options, rules);
  let answerIdx: string | undefined;
  if (parts.answerIdx !== undefined && parts.answerIdx !== null) {
    if (typeof parts.answerIdx !== 'string') fail(fields.answerIdx, `must be text (an option letter), got ${typeName(parts.answerIdx)}`);
    answerIdx = (parts.answerIdx as string).trim();
    if (!Object.hasOwn(options, answerIdx)) fail(fields.answerIdx, `gold letter ${JSON.stringify(answerIdx)} is not one of the options ${Object.keys(options).join(', ')}`);
  }
  let answer: string | undefined;
  if (parts.answer !== undefined && parts.answer !== null) {
    if (typeof parts.answer !== 'string') fail(fields.answer, `must be text (the gold option text), got ${typeName(parts.answer)}`);
    answer = parts.answer as string;
  }
  if (answerIdx === undefined) {
    if (answer === undefined || rules.goldFromText === false) return fail(fields.answerIdx, 'missing (the gold option letter)');
    const found = Object.entries(options).find(([, text]) => text === answer);
    if (!found) return fail(fields.answer, `gold text ${JSON.stringify(answer)} is not one of the options, and no gold letter is given`);
    answerIdx = found[0];
  }
  return { source: place.source, index: place.index, question, options, answer: answer ?? options[answerIdx], answerIdx };
}

/** An eval item in the m1 eval-data shape. */
export function toEvalItem(raw: unknown, place: ItemPlace, rules: ItemRules = {}): Item {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const label = place.label ?? `item ${place.index} of source "${place.source}"`;
    itemFail({ ...place, label }, undefined, `expected an object with ${rules.question === false ? '' : 'question, '}options, answer, answer_idx, got ${typeName(raw)}`);
  }
  const r = raw as Record<string, unknown>;
  return makeItem({ question: r.question, options: r.options, answerIdx: r.answer_idx, answer: r.answer }, place, undefined, rules);
}
