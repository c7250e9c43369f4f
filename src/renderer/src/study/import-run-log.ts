/**
 * Converts a run log (header + question records) into a stored study: every condition is graded
 * with the workbench's grader and classified into an outcome; a verdict the file carried is kept
 * next to it and any disagreement is flagged. Pure: no storage, no network.
 */
import type { ConditionId, GradeResult, Item, OutcomeState } from '../../../shared/domain';
import { compareConditions, conditionId, itemKey, traceText } from '../../../shared/domain';
import { gradeAnswer } from '../../../shared/grader';
import { classifyOutcome } from '../../../shared/outcome';
import type { QuestionRecordLine, RunHeader, RunLog } from '../../../shared/runlog';
import { issuePath, parseRunLog, questionRecordSchema, runHeaderSchema } from '../../../shared/runlog';
import { ladderIds } from './ladder';
import { questionListRow } from './question-row';
import type { FileVerdict, ImportedStudy, QuestionListRow, QuestionRecord, StoredCondition, StudyRecord } from './study-types';
import { conditionThinking } from './thinking';

export interface ImportOptions {
  /** Id of the study in the database. */
  studyId: string;
  /** Name used in error messages and kept as the study's origin (a file name, "sample"). */
  origin: string;
  /** Import time (ms since the epoch). */
  now: number;
}

/** Error in imported material; the message names the origin, the line and the field. */
export class StudyImportError extends Error {
  constructor(
    message: string,
    readonly origin: string,
    readonly line?: number,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'StudyImportError';
  }
}

const CONDITION_ID = /^b\d+\.r\d+$/;

/** Line of a record in the run-log file (the header is line 1). */
function recordLine(recordIndex: number): number {
  return recordIndex + 2;
}

function fail(origin: string, line: number, field: string, what: string): never {
  throw new StudyImportError(`${origin}:${line}: field ${field}: ${what}`, origin, line, field);
}

/** Short stable hash (FNV-1a, 32 bit) as hex. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Fingerprint of a run log's content: header plus the question keys and condition grid. */
export function runLogFingerprint(log: RunLog): string {
  const keys = log.records.map((r) => `${itemKey(r.item)}:${r.conditions.map((c) => conditionId(c.condition)).join(',')}:${r.conditions.map((c) => c.answerText.length).join(',')}`);
  return `${fnv1a(JSON.stringify(log.header))}-${fnv1a(keys.join('|'))}-${log.records.length}`;
}

/**
 * Validates a run log that arrived as a value (e.g. over the API) with the run-log schemas,
 * so a damaged one is reported like a damaged file.
 */
export function validateRunLog(value: unknown, origin: string): RunLog {
  const v = value as { header?: unknown; records?: unknown } | null;
  if (!v || typeof v !== 'object') throw new StudyImportError(`${origin}: not a run log`, origin);
  const header = runHeaderSchema.safeParse(v.header);
  if (!header.success) {
    const issue = header.error.issues[0];
    fail(origin, 1, issuePath(issue.path), issue.message);
  }
  if (!Array.isArray(v.records)) throw new StudyImportError(`${origin}: records is not a list`, origin, undefined, 'records');
  const records: QuestionRecordLine[] = v.records.map((r: unknown, i: number) => {
    const parsed = questionRecordSchema.safeParse(r);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(origin, recordLine(i), issuePath(issue.path), issue.message);
    }
    return parsed.data;
  });
  return { header: header.data as RunHeader, records };
}

function gradeCondition(
  text: string,
  item: Item,
  origin: string,
  line: number,
  field: string,
): GradeResult {
  try {
    return gradeAnswer(text, { options: item.options, answer: item.answer, answerIdx: item.answerIdx });
  } catch (e) {
    fail(origin, line, field, `cannot be graded (${(e as Error).message})`);
  }
}

function fileVerdict(c: QuestionRecordLine['conditions'][number]): FileVerdict | undefined {
  const v: FileVerdict = {};
  if (c.grade) v.grade = c.grade;
  if (c.fileCorrect !== undefined) v.correct = c.fileCorrect;
  if (c.outcome) v.outcome = c.outcome;
  return Object.keys(v).length > 0 ? v : undefined;
}

function disagrees(file: FileVerdict | undefined, grade: GradeResult, outcome: OutcomeState): boolean {
  if (!file) return false;
  const fileCorrect = file.correct ?? file.grade?.correct;
  if (fileCorrect !== undefined && fileCorrect !== grade.correct) return true;
  return file.outcome !== undefined && file.outcome !== outcome;
}

function importRecord(r: QuestionRecordLine, recordIndex: number, options: ImportOptions): QuestionRecord {
  const line = recordLine(recordIndex);
  const { origin } = options;
  const traceLength = traceText(r.trace).length;
  const seen = new Set<ConditionId>();
  const conditions = r.conditions
    .map((c, ci): StoredCondition => {
      const field = `conditions.${ci}`;
      const id = conditionId(c.condition);
      if (seen.has(id)) fail(origin, line, `${field}.condition`, `condition ${id} appears twice`);
      seen.add(id);
      if (c.thinkingText === undefined && c.cut.chars > traceLength) {
        fail(origin, line, `${field}.cut.chars`, `cut at ${c.cut.chars} characters is past the end of the trace (${traceLength})`);
      }
      const thinkingText = conditionThinking(r.trace, c);
      const grade = gradeCondition(c.answerPrefix + c.answerText, r.item, origin, line, `${field}.answerText`);
      const outcome = classifyOutcome({ thinkingText, answerPrefix: c.answerPrefix, answerText: c.answerText, grade });
      const file = fileVerdict(c);
      const { grade: _grade, outcome: _outcome, fileCorrect: _fileCorrect, sharedWith, ...rest } = c;
      const stored: StoredCondition = { ...rest, id, grade, outcome, disagrees: disagrees(file, grade, outcome) };
      if (sharedWith !== undefined) {
        if (!CONDITION_ID.test(sharedWith)) fail(origin, line, `${field}.sharedWith`, `"${sharedWith}" is not a condition id like b2048.r1`);
        stored.sharedWith = sharedWith as ConditionId;
      }
      if (file) stored.file = file;
      return stored;
    })
    .sort((a, b) => compareConditions(a.condition, b.condition));
  const q: QuestionRecord = {
    studyId: options.studyId,
    key: itemKey(r.item),
    order: recordIndex,
    source: r.item.source,
    item: r.item,
    trace: r.trace,
    conditions,
  };
  if (r.timingMs) q.timingMs = r.timingMs;
  return q;
}

/** Converts a validated run log into a study ready to store. */
export function importRunLog(log: RunLog, options: ImportOptions): ImportedStudy {
  const keys = new Map<string, number>();
  const questions = log.records.map((r, i) => {
    const key = itemKey(r.item);
    const earlier = keys.get(key);
    if (earlier !== undefined) {
      fail(options.origin, recordLine(i), 'item', `question ${key} already appears on line ${recordLine(earlier)}`);
    }
    keys.set(key, i);
    return importRecord(r, i, options);
  });
  const rows = questions.map(questionListRow);
  return { study: studyRecordOf(log, questions, rows, options), questions, rows };
}

/** The study record of imported questions: sources in first-seen order, ladder, counts, provenance. */
export function studyRecordOf(
  log: RunLog,
  questions: readonly QuestionRecord[],
  rows: readonly QuestionListRow[],
  options: { studyId: string; origin: string; now: number; title?: string },
): StudyRecord {
  const sources = [...new Set(questions.map((q) => q.source))];
  return {
    id: options.studyId,
    title: options.title?.trim() || log.header.title?.trim() || options.origin,
    illustrative: log.header.illustrative === true,
    header: log.header,
    conditions: ladderIds(questions.flatMap((q) => q.conditions.map((c) => c.condition))),
    sources,
    questionCount: questions.length,
    disagreementCount: rows.reduce((n, r) => n + r.disagreements, 0),
    fingerprint: runLogFingerprint(log),
    origin: options.origin,
    createdAt: options.now,
  };
}

/** Parses run-log text (JSON Lines); errors name the file, line and field. */
export function parseRunLogText(text: string, origin: string): RunLog {
  try {
    return parseRunLog(text, origin);
  } catch (e) {
    const line = /^[^\n]*?:(\d+):/.exec((e as Error).message);
    throw new StudyImportError((e as Error).message, origin, line ? Number(line[1]) : undefined);
  }
}

/** Parses run-log text (JSON Lines) and converts it; errors name the file, line and field. */
export function importRunLogText(text: string, options: ImportOptions): ImportedStudy {
  return importRunLog(parseRunLogText(text, options.origin), options);
}

/** Study id of an imported run-log file: the same content always gets the same id. */
export function runLogStudyId(log: RunLog): string {
  return `run-${runLogFingerprint(log)}`;
}
