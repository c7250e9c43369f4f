import { describe, expect, it } from 'vitest';
import { collectImport, gradeStudy } from '../../src/renderer/src/import/collect-import';
import type { ImportFile, ImportJob } from '../../src/renderer/src/import/import-job';
import { sniffKind } from '../../src/renderer/src/import/detect-kind';
import { guessMapping } from '../../src/shared/import/record-mapping';
import { header, records } from './run-log-fixture';

const file = (path: string, text: string): ImportFile => ({ path, file: new File([text], path.split('/').pop()!) });
const opts = { studyId: 's', origin: 'test', now: 1 };

const OPTIONS = { A: 'Aspirin', B: 'Metformin', C: 'Insulin' };
function result(question: string, thinking: string, response: string, extra: Record<string, unknown> = {}) {
  return {
    question,
    options: OPTIONS,
    answer: 'Metformin',
    answer_idx: 'B',
    source: 'MedQA_USLME_test',
    thinking_text: thinking,
    thinking_finish_reason: 'stop',
    response_text: response,
    num_gen_tokens: 40,
    num_keep_think_below_budget: 0,
    ...extra,
  };
}

function m1Folders(): ImportFile[] {
  const q1 = 'First question?';
  const q2 = 'Second question?';
  const short = 'Think briefly.\n';
  const long = 'Think briefly.\nWait, more thought.\n';
  return [
    file('runs/version_0/config.yaml', 'max_new_tokens: 512\nkeep_think_below_budget_times: 0\noutput_name: medqa\n'),
    file('runs/version_0/medqa.json', JSON.stringify([result(q1, short, '<|im_start|>answer\\boxed{A}'), result(q2, short, '<|im_start|>answer\\boxed{B}')], null, 2)),
    // The scored file is JSON Lines, here indented over several lines; its verdict on q1 disagrees.
    file('runs/version_0/medqa.scored.json', `{\n "question": "${q1}", "correct": true\n}\n{"question": "${q2}", "correct": true}\n`),
    file('runs/version_0/metrics.json', '{}'),
    file('runs/version_1/config.yaml', 'max_new_tokens: 512\nkeep_think_below_budget_times: 1\n'),
    file('runs/version_1/medqa.json', JSON.stringify([result(q1, long, '<|im_start|>answer\\boxed{B}', { num_keep_think_below_budget: 1 }), result(q2, long, '<|im_start|>answer\\boxed{C}')])),
  ];
}

describe('collectImport', () => {
  it('reads many m1 version folders into one study, one condition per folder, keeping and flagging file verdicts', async () => {
    const files = m1Folders();
    expect(sniffKind(files.map((f) => f.path), '', undefined)).toBe('m1-folders');
    const log = await collectImport({ kind: 'm1-folders', files });
    expect(log.records).toHaveLength(2);
    const s = await gradeStudy(log, opts);
    expect(s.study.conditions).toEqual(['b512.r0', 'b512.r1']);
    const q1 = s.questions[0];
    expect(q1.trace.segments.map((x) => x.kind)).toEqual(['think', 'force', 'think']);
    expect(q1.conditions.map((c) => c.outcome)).toEqual(['wrong', 'correct']);
    expect(q1.conditions[0].file?.correct).toBe(true);
    expect(q1.conditions[0].disagrees).toBe(true);
    expect(q1.conditions[1].thinkingText).toBeUndefined();
    expect(s.study.disagreementCount).toBe(1);
    expect(s.rows[1].answers).toEqual({ 'b512.r0': 'B', 'b512.r1': 'C' });
  });

  it('names the file, line and field of a broken results record', async () => {
    const files = m1Folders();
    files[5] = file('runs/version_1/medqa.json', '[\n{"question": "x", "options": {"A": "a", "B": "b"}, "answer_idx": "A"}\n]');
    await expect(collectImport({ kind: 'm1-folders', files })).rejects.toThrow(/^runs\/version_1\/medqa\.json:2: field thinking_text: missing/);
  });

  it('refuses two folders with the same condition', async () => {
    const files = m1Folders();
    files[4] = file('runs/version_1/config.yaml', 'max_new_tokens: 512\n');
    await expect(collectImport({ kind: 'm1-folders', files })).rejects.toThrow(/condition b512\.r0 is also in runs\/version_0/);
  });

  it('maps JSON Lines of question × condition records, with a fixed budget', async () => {
    const lines = [
      { doc: { question: 'Q1?', choices: ['Aspirin', 'Metformin'], gold: 'B' }, rounds: 0, out: '\\boxed{B}', ok: 1 },
      { doc: { question: 'Q1?', choices: ['Aspirin', 'Metformin'], gold: 'B' }, rounds: 1, out: '\\boxed{A}', ok: 1 },
      { doc: { question: 'Q2?', choices: ['Aspirin', 'Metformin'], gold: 'A' }, rounds: 0, out: '\\boxed{A}', ok: 1 },
    ];
    const text = lines.map((l) => JSON.stringify(l)).join('\n');
    const guess = guessMapping(lines[0]);
    expect(guess.question).toBe('doc.question');
    expect(guess.options).toBe('doc.choices');
    const job: ImportJob = { kind: 'records', files: [file('samples.jsonl', text)], mapping: { ...guess, answerIdx: 'doc.gold', budget: '=1024', response: 'out', correct: 'ok' } };
    const s = await gradeStudy(await collectImport(job), opts);
    expect(s.questions.map((q) => q.key)).toEqual(['samples#0', 'samples#1']);
    expect(s.study.conditions).toEqual(['b1024.r0', 'b1024.r1']);
    expect(s.questions[0].conditions.map((c) => [c.outcome, c.disagrees])).toEqual([
      ['correct', false],
      ['wrong', true],
    ]);
    await expect(collectImport({ ...job, mapping: { ...job.mapping, budget: 'nope' } })).rejects.toThrow(/^samples\.jsonl:1: field nope: missing/);
  });

  it('reads eval data alone, then adds runs from a run log to the same questions', async () => {
    const evalData: Record<string, unknown[]> = {};
    for (const r of records()) {
      evalData[r.item.source] ??= [];
      evalData[r.item.source][r.item.index] = { question: r.item.question, options: r.item.options, answer: r.item.answer, answer_idx: r.item.answerIdx };
    }
    // Items the run log does not cover.
    for (const list of Object.values(evalData)) for (let i = 0; i < list.length; i++) list[i] ??= { question: `Other ${i}?`, options: OPTIONS, answer_idx: 'A' };
    const itemCount = Object.values(evalData).reduce((n, l) => n + l.length, 0);
    const text = JSON.stringify(evalData);
    expect(sniffKind(['eval.json'], text.slice(0, 200), undefined)).toBe('eval-data');
    const list = JSON.stringify(evalData.NEJM);
    expect(sniffKind(['list.json'], list, JSON.parse(list)[0])).toBe('eval-data');
    expect(sniffKind(['records.jsonl'], '{"question": "q"}', { question: 'q', options: ['a', 'b'], response_text: 'x' })).toBe('records');
    const first = await gradeStudy(await collectImport({ kind: 'eval-data', files: [file('eval.json', text)] }), opts);
    expect(first.study.questionCount).toBe(itemCount);
    expect(first.study.conditions).toEqual([]);
    const runLog = [header(), ...records()].map((l) => JSON.stringify(l)).join('\n');
    const merged = await gradeStudy(await collectImport({ kind: 'run-log', files: [file('run.jsonl', runLog)] }, {}, { questions: first.questions, header: first.study.header }), opts);
    expect(merged.study.questionCount).toBe(itemCount);
    expect(merged.study.conditions.length).toBeGreaterThan(0);
    const ran = new Set(records().map((r) => `${r.item.source}#${r.item.index}`));
    for (const q of merged.questions) expect(q.conditions.length > 0).toBe(ran.has(q.key));
    expect(merged.questions.find((q) => ran.has(q.key))!.trace.segments.length).toBeGreaterThan(0);
  });

  it('stops when cancelled', async () => {
    const runLog = [header(), ...records()].map((l) => JSON.stringify(l)).join('\n');
    await expect(collectImport({ kind: 'run-log', files: [file('run.jsonl', runLog)] }, { cancelled: () => true })).rejects.toThrow(/cancelled/);
  });
});
