/**
 * Collects questions from any import material into one run log ready for the study import:
 * whole question records (run logs), per-condition parts (m1 folders, mapped records) that are
 * grouped by question, and bare items (eval data). An existing study's questions can be the
 * starting point, so new runs are added to it.
 */
import type { ConditionResult, Item, TraceSegment } from '../../../shared/domain';
import { compareConditions, conditionId, itemKey, traceText } from '../../../shared/domain';
import { importFail } from '../../../shared/import/import-error';
import { assembleQuestion, type ReferencePart } from '../../../shared/import/m1-reference';
import type { QuestionRecordLine, RunHeader, RunLog } from '../../../shared/runlog';
import type { QuestionRecord } from '../study/study-types';
import { conditionThinking } from '../study/thinking';

interface Entry {
  record: QuestionRecordLine;
  /** Where the question first appeared, for messages. */
  where: string;
}

/** Back from a stored question to a run-log record (the stored verdicts become file verdicts). */
export function storedToRecord(q: QuestionRecord): QuestionRecordLine {
  const conditions: ConditionResult[] = q.conditions.map((c) => {
    const { id: _id, grade: _grade, outcome: _outcome, file, disagrees: _d, ...rest } = c;
    const r: ConditionResult = { ...rest };
    if (file?.grade) r.grade = file.grade;
    if (file?.correct !== undefined) r.fileCorrect = file.correct;
    if (file?.outcome) r.outcome = file.outcome;
    return r;
  });
  return { type: 'question', item: q.item, trace: q.trace, conditions, ...(q.timingMs ? { timingMs: q.timingMs } : {}) };
}

export class StudyCollector {
  private readonly entries = new Map<string, Entry>();
  private readonly parts = new Map<string, { parts: ReferencePart[]; where: string; force: string }>();
  private header: RunHeader | undefined;

  /** Starts from a stored study's questions (in their order). */
  seed(questions: readonly QuestionRecord[], header: RunHeader): void {
    this.header = header;
    for (const q of [...questions].sort((a, b) => a.order - b.order)) this.entries.set(q.key, { record: storedToRecord(q), where: 'the study' });
  }

  /** The header of the first run log read (provenance); others keep theirs out. */
  setHeader(header: RunHeader): void {
    this.header ??= header;
  }

  get questionCount(): number {
    return new Set([...this.entries.keys(), ...this.parts.keys()]).size;
  }

  /** A whole question (from a run log or eval data). */
  addRecord(record: QuestionRecordLine, where: string): void {
    const key = itemKey(record.item);
    const known = this.entries.get(key);
    if (!known) {
      this.entries.set(key, { record, where });
      return;
    }
    this.checkSameQuestion(known.record.item, record.item, where, known.where);
    known.record = mergeRecords(known.record, record);
  }

  /** A bare question with no runs yet. */
  addItem(item: Item, where: string): void {
    this.addRecord({ type: 'question', item, trace: { segments: [] }, conditions: [] }, where);
  }

  /** One question × condition; grouped with the question's other conditions. */
  addPart(part: ReferencePart, where: string, forceString = 'Wait'): void {
    const key = itemKey(part.item);
    const group = this.parts.get(key);
    if (!group) {
      this.parts.set(key, { parts: [part], where, force: forceString });
      return;
    }
    this.checkSameQuestion(group.parts[0].item, part.item, where, group.where);
    const id = conditionId(part.result.condition);
    if (group.parts.some((p) => conditionId(p.result.condition) === id)) {
      const [file, line] = splitWhere(where);
      importFail(file, line, undefined, `question ${key} has condition ${id} twice (also in ${group.where})`);
    }
    group.parts.push(part);
  }

  private checkSameQuestion(a: Item, b: Item, where: string, other: string): void {
    if (a.question !== b.question) {
      const [file, line] = splitWhere(where);
      importFail(file, line, 'question', `question ${itemKey(b)} differs from the one in ${other}`);
    }
  }

  /** The collected run log: questions in first-seen order. */
  finish(fallbackHeader: RunHeader): RunLog {
    for (const [key, group] of this.parts) {
      const record = assembleQuestion(group.parts, group.force);
      const known = this.entries.get(key);
      if (known) known.record = mergeRecords(known.record, record);
      else this.entries.set(key, { record, where: group.where });
    }
    this.parts.clear();
    const records = [...this.entries.values()].map((e) => e.record);
    const header = this.header ?? fallbackHeader;
    const conditions = records.flatMap((r) => r.conditions.map((c) => c.condition));
    const budgets = [...new Set(conditions.map((c) => c.budget))].sort((a, b) => a - b);
    const rounds = [...new Set(conditions.map((c) => c.rounds))].sort((a, b) => a - b);
    return { header: { ...header, grid: { budgets, rounds } }, records };
  }
}

function splitWhere(where: string): [string, number | undefined] {
  const m = /^(.*):(\d+)$/.exec(where);
  return m ? [m[1], Number(m[2])] : [where, undefined];
}

/**
 * Adds `next`'s conditions to `base` (a condition in both is taken from `next`). The base
 * trace stays unless it is empty; a new condition whose thinking is not a prefix of the kept
 * trace keeps its own thinking text.
 */
export function mergeRecords(base: QuestionRecordLine, next: QuestionRecordLine): QuestionRecordLine {
  const baseText = traceText(base.trace);
  const keepNextTrace = baseText.length === 0 && base.conditions.every((c) => c.thinkingText !== undefined || c.cut.chars === 0);
  const trace: { segments: TraceSegment[] } = keepNextTrace ? next.trace : base.trace;
  const text = keepNextTrace ? traceText(next.trace) : baseText;
  const incoming = next.conditions.map((c) => {
    if (keepNextTrace) return c;
    const thinking = conditionThinking(next.trace, c);
    if (c.thinkingText === undefined && text.startsWith(thinking)) return c;
    return { ...c, thinkingText: thinking };
  });
  const ids = new Set(incoming.map((c) => conditionId(c.condition)));
  const conditions = [...base.conditions.filter((c) => !ids.has(conditionId(c.condition))), ...incoming].sort((a, b) =>
    compareConditions(a.condition, b.condition),
  );
  return { ...base, trace, conditions };
}
