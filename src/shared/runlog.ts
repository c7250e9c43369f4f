/**
 * Run log: one JSON Lines file per sweep. Line 1 is the header, every further line one
 * question record. Versioned and validated with zod; used by the engine (writer), the CLI,
 * the server and the renderer (readers).
 */
import { z } from 'zod';
import { jsonLines } from './json-lines';

export const RUNLOG_FORMAT = 'm1wb.runlog';
export const RUNLOG_VERSION = 1;

const letter = z.string().regex(/^[A-Z]$/, 'an option letter A-Z');
const nonNegInt = z.number().int().nonnegative();

export const conditionSchema = z.object({
  budget: z.number().int().positive(),
  rounds: nonNegInt,
});

export const itemSchema = z
  .object({
    source: z.string().min(1),
    index: nonNegInt,
    question: z.string().min(1),
    options: z.record(letter, z.string()).refine((o) => Object.keys(o).length >= 2, 'at least two options'),
    answer: z.string(),
    answerIdx: letter,
  })
  .refine((i) => i.answerIdx in i.options, { message: 'gold letter is not an option', path: ['answerIdx'] });

export const traceSegmentSchema = z.object({
  kind: z.enum(['think', 'force']),
  round: nonNegInt,
  text: z.string(),
  tokens: nonNegInt,
  finish: z.enum(['stop', 'length']).optional(),
});

export const gradeSchema = z.object({
  extraction: z.string(),
  matchedLetter: z.string().nullable(),
  rule: z.enum(['exact-text', 'letter-text', 'single-letter', 'answer-is', 'standalone-letter', 'option-text', 'similarity']),
  correct: z.boolean(),
});

export const conditionResultSchema = z.object({
  condition: conditionSchema,
  cut: z.object({ tokens: nonNegInt, chars: nonNegInt }),
  roundsDone: nonNegInt,
  thinkingFinish: z.enum(['stop', 'length']),
  answerPrefix: z.string(),
  answerText: z.string(),
  grade: gradeSchema.optional(),
  fileCorrect: z.boolean().optional(),
  outcome: z.enum(['correct', 'wrong', 'no-answer', 'extraction-failed', 'thinking-only']).optional(),
  thinkingText: z.string().optional(),
  tokens: z.object({
    thinking: nonNegInt,
    answer: nonNegInt,
    reencoded: nonNegInt.optional(),
    evaluated: nonNegInt.optional(),
  }),
  timingMs: z.object({ answer: z.number().nonnegative().optional() }).optional(),
  sharedWith: z.string().optional(),
});

export const questionRecordSchema = z.object({
  type: z.literal('question'),
  item: itemSchema,
  trace: z.object({ segments: z.array(traceSegmentSchema) }),
  conditions: z.array(conditionResultSchema),
  timingMs: z.object({ thinking: z.number().optional(), total: z.number().optional() }).optional(),
});

export const runHeaderSchema = z.object({
  type: z.literal('header'),
  format: z.literal(RUNLOG_FORMAT),
  version: z.literal(RUNLOG_VERSION),
  /** Human title of the run or study. */
  title: z.string().optional(),
  /** True for hand-written material that is not model output (the bundled sample study). */
  illustrative: z.boolean().optional(),
  description: z.string().optional(),
  model: z
    .object({
      file: z.string(),
      sizeBytes: nonNegInt.optional(),
      sha256: z.string().optional(),
      architecture: z.string().optional(),
      name: z.string().optional(),
      quantization: z.string().optional(),
      trainContextSize: nonNegInt.optional(),
    })
    .passthrough(),
  /** The protocol preset, as data (name plus every constant). */
  preset: z.object({ name: z.string() }).passthrough(),
  grid: z.object({ budgets: z.array(z.number().int().positive()), rounds: z.array(nonNegInt) }),
  mode: z.enum(['shared', 'independent', 'imported', 'hand-written']),
  budgetPolicy: z.enum(['strict', 'm1-exact']),
  engine: z.object({ name: z.string(), version: z.string().optional() }).passthrough(),
  data: z.object({ file: z.string().optional(), sources: z.array(z.string()).optional(), limit: z.number().optional() }).passthrough().optional(),
  startedAt: z.string(),
});

export type RunHeader = z.infer<typeof runHeaderSchema>;
export type QuestionRecordLine = z.infer<typeof questionRecordSchema>;

/** A whole run log in memory. */
export interface RunLog {
  header: RunHeader;
  records: QuestionRecordLine[];
}

/** Human path for a zod issue, e.g. "item.options.B". */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => String(p)).join('.') || '(root)';
}

/**
 * Parse run-log text. Errors name the file, the line and the field.
 */
export function parseRunLog(text: string, file = 'run log'): RunLog {
  let header: RunHeader | undefined;
  const records: QuestionRecordLine[] = [];
  for (const { line, value } of jsonLines(text, file)) {
    const schema = header ? questionRecordSchema : runHeaderSchema;
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}:${line}: field ${issuePath(issue.path)}: ${issue.message}`);
    }
    if (header) records.push(parsed.data as QuestionRecordLine);
    else header = parsed.data as RunHeader;
  }
  if (!header) throw new Error(`${file}: empty run log (no header line)`);
  return { header, records };
}
