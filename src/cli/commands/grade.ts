/**
 * `m1wb grade`: JSON Lines of {answer_text, options, answer, answer_idx} in, one line per
 * input out, in order: {extracted_answer, matched_letter, correct}. All input is checked
 * before anything is written.
 */
import { toItem } from '../../engine/data/eval-item';
import { InputError } from '../../engine/data/input-error';
import { jsonErrorWhere } from '../../engine/data/json-position';
import type { Item } from '../../shared/domain';
import { gradeAnswer } from '../../shared/grader/grade';
import { readInputText } from '../read-input';

export interface GradeInput {
  line: number;
  answerText: string;
  item: Pick<Item, 'options' | 'answer' | 'answerIdx'>;
}

export function parseGradeInput(text: string, name: string): GradeInput[] {
  const out: GradeInput[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (!raw) continue;
    const line = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      const where = jsonErrorWhere(raw, e);
      throw new InputError(`${name}:${line}: not valid JSON (${where.reason}, column ${where.column})`);
    }
    const label = `input ${out.length}`;
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new InputError(`${name}:${line}: ${label}: expected an object with answer_text, options, answer, answer_idx`);
    }
    const r = value as Record<string, unknown>;
    if (r.answer_text === undefined) throw new InputError(`${name}:${line}: ${label}: field answer_text: missing`);
    if (typeof r.answer_text !== 'string') throw new InputError(`${name}:${line}: ${label}: field answer_text: must be text, got ${typeof r.answer_text}`);
    const item = toItem(r, { file: name, line, source: '', index: out.length, label }, { question: false });
    out.push({ line, answerText: r.answer_text, item });
  }
  return out;
}

export async function gradeCommand(opts: { in?: string }): Promise<void> {
  const { name, text } = await readInputText(opts.in);
  const inputs = parseGradeInput(text, name);
  const lines = inputs.map((input) => {
    const g = gradeAnswer(input.answerText, input.item);
    return JSON.stringify({ extracted_answer: g.extraction, matched_letter: g.matchedLetter, correct: g.correct });
  });
  if (lines.length) process.stdout.write(lines.join('\n') + '\n');
}
