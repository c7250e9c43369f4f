import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../src/shared/grader';
import { importRunLog, importRunLogText, parseRunLogText, runLogFingerprint, runLogStudyId, StudyImportError, validateRunLog } from '../../src/renderer/src/study/import-run-log';
import { header, records, runLog, runLogText } from './run-log-fixture';

const options = { studyId: 's1', origin: 'fixture.jsonl', now: 1234 };

describe('importRunLog', () => {
  const imported = importRunLog(runLog(), options);

  it('builds the study record with its ladder, sources and provenance', () => {
    const { study } = imported;
    expect(study).toMatchObject({
      id: 's1',
      title: 'Fixture study',
      illustrative: true,
      questionCount: 2,
      sources: ['MedQA_USLME_test', 'NEJM'],
      conditions: ['b128.r0', 'b512.r0', 'b512.r1'],
      origin: 'fixture.jsonl',
      createdAt: 1234,
    });
    expect(study.header.model.file).toBe('none.gguf');
  });

  it('orders conditions along the ladder and grades each with the grader', () => {
    const q = imported.questions[0];
    expect(q.key).toBe('MedQA_USLME_test#0');
    expect(q.conditions.map((c) => c.id)).toEqual(['b128.r0', 'b512.r0', 'b512.r1']);
    expect(q.conditions.map((c) => c.outcome)).toEqual(['wrong', 'wrong', 'correct']);
    const last = q.conditions[2];
    expect(last.grade).toEqual(gradeAnswer(last.answerPrefix + last.answerText, q.item));
    expect(last.grade.extraction).toBe('B');
  });

  it('classifies empty and unboxed answers', () => {
    const q = imported.questions[1];
    // Empty answer after a budget cut: nothing gradable.
    expect(q.conditions[0].outcome).toBe('no-answer');
    // No box in the answer while the thinking says "The answer is B".
    expect(q.conditions[1].outcome).toBe('thinking-only');
  });

  it('keeps a file verdict and flags disagreement with the grade', () => {
    const c = imported.questions[1].conditions[1];
    expect(c.grade.correct).toBe(false);
    expect(c.file).toEqual({ correct: true });
    expect(c.disagrees).toBe(true);
    expect(imported.questions[0].conditions.every((x) => !x.disagrees && x.file === undefined)).toBe(true);
    expect(imported.study.disagreementCount).toBe(1);
    expect(imported.rows[1].disagreements).toBe(1);
  });

  it('derives light list rows', () => {
    expect(imported.rows[0]).toEqual({
      studyId: 's1',
      key: 'MedQA_USLME_test#0',
      order: 0,
      source: 'MedQA_USLME_test',
      index: 0,
      head: 'Question 0: which drug is first line?',
      gold: 'B',
      outcomes: { 'b128.r0': 'wrong', 'b512.r0': 'wrong', 'b512.r1': 'correct' },
      answers: { 'b128.r0': 'A', 'b512.r0': 'A', 'b512.r1': 'B' },
      tokens: imported.rows[0].tokens,
      disagreements: 0,
    });
    const q = imported.questions[0];
    expect(imported.rows[0].tokens).toEqual(Object.fromEntries(q.conditions.map((c) => [c.id, c.tokens.thinking + c.tokens.answer])));
  });

  it('names the line and field of a cut past the end of the trace', () => {
    const log = runLog();
    log.records[1].conditions[0].cut.chars = 999;
    expect(() => importRunLog(log, options)).toThrow('fixture.jsonl:3: field conditions.0.cut.chars: cut at 999 characters is past the end of the trace (17)');
  });

  it('names both lines of a repeated question', () => {
    const log = { header: header(), records: [...records(), records()[0]] };
    expect(() => importRunLog(log, options)).toThrow('fixture.jsonl:4: field item: question MedQA_USLME_test#0 already appears on line 2');
  });

  it('rejects a repeated condition and a bad sharedWith', () => {
    const log = runLog();
    log.records[0].conditions.push(log.records[0].conditions[0]);
    expect(() => importRunLog(log, options)).toThrow('fixture.jsonl:2: field conditions.3.condition: condition b512.r1 appears twice');
    const shared = runLog();
    shared.records[0].conditions[0].sharedWith = 'nonsense';
    expect(() => importRunLog(shared, options)).toThrow(/fixture\.jsonl:2: field conditions\.0\.sharedWith/);
  });

  it('fingerprints content', () => {
    const a = runLogFingerprint(runLog());
    expect(runLogFingerprint(runLog())).toBe(a);
    const changed = runLog();
    changed.records[0].conditions[0].answerText += ' more';
    expect(runLogFingerprint(changed)).not.toBe(a);
  });
});

describe('validateRunLog', () => {
  it('accepts a good run log', () => {
    expect(validateRunLog(runLog(), 'sample').records).toHaveLength(2);
  });

  it('names the line and field of a damaged record', () => {
    const log = runLog() as unknown as { records: { item: { answerIdx: string } }[] };
    log.records[1].item.answerIdx = 'Z';
    expect(() => validateRunLog(log, 'sample study')).toThrow('sample study:3: field item.answerIdx: gold letter is not an option');
  });

  it('names the header field', () => {
    const log = runLog() as unknown as { header: { format: string } };
    log.header.format = 'other';
    expect(() => validateRunLog(log, 'sample study')).toThrow(/^sample study:1: field format:/);
  });

  it('rejects a value that is not a run log', () => {
    expect(() => validateRunLog(null, 'sample study')).toThrow(StudyImportError);
  });
});

describe('importRunLogText', () => {
  it('imports JSON Lines text', () => {
    expect(importRunLogText(runLogText(), options).questions).toHaveLength(2);
  });

  it('names the file and line of broken JSON', () => {
    const [first, ...rest] = runLogText().split('\n');
    const text = [first, '{broken', ...rest].join('\n');
    expect(() => importRunLogText(text, options)).toThrow(/^fixture\.jsonl:2: not valid JSON/);
  });
});

describe('run-log files', () => {
  it('gives the same content the same study id, and other content another', () => {
    const id = runLogStudyId(parseRunLogText(runLogText(), 'a.jsonl'));
    expect(id).toMatch(/^run-[0-9a-f]{8}-[0-9a-f]{8}-2$/);
    expect(runLogStudyId(parseRunLogText(runLogText(), 'b.jsonl'))).toBe(id);
    const other = runLog();
    other.header.title = 'Another';
    expect(runLogStudyId(other)).not.toBe(id);
  });

  it('reports the line of a parse error', () => {
    try {
      parseRunLogText(`${runLogText()}{"type":"question"}\n`, 'c.jsonl');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StudyImportError);
      expect((e as StudyImportError).line).toBe(4);
      expect((e as Error).message).toMatch(/^c\.jsonl:4: field item:/);
    }
  });
});
