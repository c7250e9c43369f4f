import Papa from 'papaparse';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Tag } from '../../src/shared/domain';
import { datasetFolder, zipFolder } from '../../src/renderer/src/study/export-dataset';
import { conditionRecords, provenanceOf, questionRecord, toJsonLines } from '../../src/renderer/src/study/export-records';
import { FLIP_TAG_LABEL } from '../../src/renderer/src/study/flip-tag';
import { parseExportedAnnotations } from '../../src/renderer/src/study/import-annotations';
import { DEFAULT_TAXONOMY } from '../../src/renderer/src/study/taxonomy';
import { sampleStudy } from './review-sample';

const { study, questions } = sampleStudy();
const q0 = questions[0];
const q1 = questions[1];
const pair = { from: 'b128.r0', to: 'b2048.r4' } as const;

const tags: Tag[] = [
  { id: 'a1', studyId: 'sample', questionKey: q0.key, label: 'missing fact', conditionId: 'b2048.r4', span: { start: 600, end: 640 }, annotator: 'ana', createdAt: 10 },
  { id: 'a2', studyId: 'sample', questionKey: q0.key, label: 'looping', annotator: 'ben', createdAt: 11 },
  { id: 'a3', studyId: 'sample', questionKey: q0.key, label: 'note', note: 'Check the "gold" label, please', annotator: 'ana', createdAt: 12 },
  { id: 'a4', studyId: 'sample', questionKey: q0.key, label: 'star', annotator: 'ana', createdAt: 13 },
  { id: 'a5', studyId: 'sample', questionKey: q0.key, label: FLIP_TAG_LABEL.stable, fromConditionId: 'b128.r0', conditionId: 'b2048.r4', status: 'confirmed', annotator: 'ana', createdAt: 14 },
  { id: 'a6', studyId: 'sample', questionKey: q1.key, label: 'question misread', conditionId: 'b256.r0', span: { start: 1400, end: 1300 + 200 }, annotator: 'ben', createdAt: 15 },
];
const tagsOf = (key: string) => tags.filter((t) => t.questionKey === key);

function sortTags(list: Tag[]): Tag[] {
  return [...list].sort((a, b) => a.id.localeCompare(b.id));
}

describe('export records', () => {
  it('writes one record per question × condition with answers, outcomes, flip, labels and provenance', () => {
    const records = conditionRecords(study, q0, tagsOf(q0.key), pair);
    expect(records).toHaveLength(q0.conditions.length);
    const r = records.find((x) => x.condition.id === 'b512.r0')!;
    expect(r.gold).toEqual({ letter: q0.item.answerIdx, text: q0.item.answer });
    expect(r.outcome).toBe(q0.conditions.find((c) => c.id === 'b512.r0')!.outcome);
    expect(r.trace.length).toBe(q0.conditions.find((c) => c.id === 'b512.r0')!.cut.chars);
    expect(r.flip).toMatchObject({ from: 'b128.r0', to: 'b2048.r4', tag: 'stable', decision: 'confirmed' });
    // The span made on b2048.r4 lies in the shared prefix, so it shows on b512.r0 with its text.
    expect(r.labels).toContainEqual({ label: 'missing fact', span: { start: 600, end: 640, text: r.trace.slice(600, 640) }, condition_id: 'b2048.r4', annotator: 'ana', status: null });
    expect(r.labels).toContainEqual(expect.objectContaining({ label: 'looping', span: null }));
    expect(r.notes).toEqual([{ annotator: 'ana', text: 'Check the "gold" label, please' }]);
    expect(r.starred_by).toEqual(['ana']);
    expect(r.annotators).toEqual(['ana', 'ben']);
    expect(r.provenance).toMatchObject({ model: study.header.model.file, protocol_preset: 'm1', grid: study.header.grid });
    // The span does not reach b128.r0 (its thinking is shorter).
    expect(records.find((x) => x.condition.id === 'b128.r0')!.labels.some((l) => l.label === 'missing fact')).toBe(false);
  });

  it('re-imports identical annotations from either configuration', () => {
    const perCondition = toJsonLines(questions.slice(0, 2).flatMap((q) => conditionRecords(study, q, tagsOf(q.key), pair)));
    const perQuestion = toJsonLines(questions.slice(0, 2).map((q) => questionRecord(study, q, tagsOf(q.key), pair)));
    expect(sortTags(parseExportedAnnotations(perCondition, 'c.jsonl'))).toEqual(sortTags(tags));
    expect(sortTags(parseExportedAnnotations(perQuestion, 'q.jsonl'))).toEqual(sortTags(tags));
  });

  it('names the file, line and field of bad input', () => {
    const good = JSON.stringify(questionRecord(study, q0, tagsOf(q0.key), pair));
    expect(() => parseExportedAnnotations(`${good}\n{"x":1}\n`, 'e.jsonl')).toThrow(/^e\.jsonl:2: field annotations/);
    const bad = JSON.parse(good) as { annotations: Record<string, unknown>[] };
    bad.annotations[1].label = '';
    expect(() => parseExportedAnnotations(`\n${JSON.stringify(bad)}`, 'e.jsonl')).toThrow(/^e\.jsonl:2: field annotations\[1\]\.label/);
    bad.annotations[1].label = 'x';
    bad.annotations[1].span = { start: 5, end: 2 };
    expect(() => parseExportedAnnotations(JSON.stringify(bad), 'e.jsonl')).toThrow(/annotations\[1\]\.span: span end is before its start/);
    expect(() => parseExportedAnnotations('{nope', 'e.jsonl')).toThrow(/^e\.jsonl:1: not valid JSON/);
    const clash = JSON.parse(good) as { annotations: Record<string, unknown>[] };
    clash.annotations[0].label = 'changed';
    expect(() => parseExportedAnnotations(`${good}\n${JSON.stringify(clash)}`, 'e.jsonl')).toThrow(/e\.jsonl:2: field annotations\[0\]\.id: a1 names two different annotations/);
  });
});

describe('dataset folder', () => {
  it('zips a card with two configurations, both JSON Lines files and the CSV summary', () => {
    const conditionRecs = questions.flatMap((q) => conditionRecords(study, q, tagsOf(q.key), pair));
    const questionRecs = questions.map((q) => questionRecord(study, q, tagsOf(q.key), pair));
    const folder = datasetFolder({
      name: 'sample-errors',
      provenance: provenanceOf(study),
      pair,
      conditionRecords: conditionRecs,
      questionRecords: questionRecs,
      conditions: study.conditions,
      labels: DEFAULT_TAXONOMY,
      scope: 'all questions',
    });
    const files = unzipSync(zipFolder(folder));
    expect(Object.keys(files).sort()).toEqual(['sample-errors/README.md', 'sample-errors/data/conditions.jsonl', 'sample-errors/data/questions.jsonl', 'sample-errors/summary.csv']);
    const card = strFromU8(files['sample-errors/README.md']);
    expect(card).toMatch(/^---\n[\s\S]*configs:\n- config_name: conditions\n {2}data_files:\n {2}- split: train\n {4}path: data\/conditions\.jsonl/);
    expect(card).toContain('| overthinking — abandoned a correct answer |');
    expect(card).toContain('**Illustrative material:**');
    const lines = strFromU8(files['sample-errors/data/conditions.jsonl']).trim().split('\n');
    expect(lines).toHaveLength(questions.length * 9);
    const csv = Papa.parse<Record<string, string>>(strFromU8(files['sample-errors/summary.csv']), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(questions.length);
    expect(csv.data[0]).toMatchObject({ question_key: q0.key, flip_tag: 'stable', flip_decision: 'confirmed', labels: 'looping; missing fact', starred_by: 'ana' });
    expect(csv.data[0].notes).toBe('ana: Check the "gold" label, please');
    expect(csv.data[0][`outcome_b128.r0`]).toBe(q0.conditions[0].outcome);
    const back = parseExportedAnnotations(strFromU8(files['sample-errors/data/questions.jsonl']), 'questions.jsonl');
    expect(sortTags(back)).toEqual(sortTags(tags));
  });
});
