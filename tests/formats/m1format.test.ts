import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../../src/engine/data';
import { exportM1, importM1, readJsonValues, toHfJsonLines } from '../../src/engine/m1format';
import { traceText, type ConditionResult, type Item } from '../../src/shared/domain';
import { gradeAnswer } from '../../src/shared/grader';
import { classifyOutcome } from '../../src/shared/outcome';
import { parseRunLog, type QuestionRecordLine, type RunLog } from '../../src/shared/runlog';
import { header, item } from './make-log';

const root = mkdtempSync(path.join(tmpdir(), 'm1wb-m1format-'));

/** A shared-mode record: thinking "T0", Wait, "T1", Wait, "T2"; conditions cut along it. */
function sharedRecord(it: Item, answers: Record<string, string>): QuestionRecordLine {
  const t0 = 'The patient has a pulmonary embolism, café-au-lait spots aside.\n';
  const t1 = ', heparin is first line — 肝素.\n';
  const t2 = ' but check renal function / bleeding risk';
  const segments = [
    { kind: 'think' as const, round: 0, text: t0, tokens: 20, finish: 'stop' as const },
    { kind: 'force' as const, round: 1, text: 'Wait', tokens: 1 },
    { kind: 'think' as const, round: 1, text: t1, tokens: 15, finish: 'stop' as const },
    { kind: 'force' as const, round: 2, text: 'Wait', tokens: 1 },
    { kind: 'think' as const, round: 2, text: t2, tokens: 12, finish: 'length' as const },
  ];
  const full = segments.map((s) => s.text).join('');
  const make = (budget: number, rounds: number, chars: number, tokens: number, roundsDone: number, finish: 'stop' | 'length', sharedWith?: string): ConditionResult => {
    const thinking = full.slice(0, chars);
    const answerPrefix = (thinking.endsWith('\n') ? '' : '\n') + (finish === 'length' ? '<|im_start|>answer\nFinal Answer:' : '<|im_start|>answer');
    const letter = answers[`b${budget}.r${rounds}`];
    const answerText = letter ? `\nThe answer is \\boxed{${letter}}` : '';
    const grade = gradeAnswer(answerPrefix + answerText, it);
    return {
      condition: { budget, rounds },
      cut: { tokens, chars },
      roundsDone,
      thinkingFinish: finish,
      answerPrefix,
      answerText,
      grade,
      outcome: classifyOutcome({ thinkingText: thinking, answerPrefix, answerText, grade }),
      tokens: { thinking: tokens, answer: letter ? 9 : 0, reencoded: tokens + 14, evaluated: 11 },
      timingMs: { answer: 3.5 },
      ...(sharedWith ? { sharedWith: sharedWith as ConditionResult['sharedWith'] } : {}),
    };
  };
  return {
    type: 'question',
    item: it,
    trace: { segments },
    conditions: [
      make(16, 0, 30, 16, 0, 'length'),
      make(64, 0, t0.length, 20, 0, 'stop'),
      make(64, 1, t0.length + 4 + t1.length, 36, 1, 'stop'),
      make(64, 2, full.length, 49, 2, 'length'),
      make(128, 0, t0.length, 20, 0, 'stop', 'b64.r0'),
    ],
    timingMs: { thinking: 12, total: 40 },
  };
}

function sampleLog(): RunLog {
  const items = [item('MedQA_USLME_test', 0), item('MedQA_USLME_test', 3, 'C'), item('NEJM', 1, 'A')];
  const recs = [
    sharedRecord(items[0], { 'b16.r0': 'A', 'b64.r0': 'B', 'b64.r1': 'B', 'b64.r2': 'C', 'b128.r0': 'B' }),
    sharedRecord(items[1], { 'b16.r0': 'C', 'b64.r0': 'D', 'b64.r1': 'C', 'b64.r2': '', 'b128.r0': 'D' }),
    sharedRecord(items[2], { 'b16.r0': 'B', 'b64.r0': 'A', 'b64.r1': 'A', 'b64.r2': 'A', 'b128.r0': 'A' }),
  ];
  // An independent-mode condition: its own thinking, not a prefix of the trace.
  recs[2].conditions[0] = { ...recs[2].conditions[0], thinkingText: 'An independent trace that differs.' };
  return { header: header([16, 64, 128], [0, 1, 2], { data: { file: '/data/m1_eval_data.json' } }), records: recs };
}

describe('m1 reference layout', () => {
  it('exports one version_N per condition with the reference files', async () => {
    const out = path.join(root, 'export1');
    const summary = await exportM1(sampleLog(), out);
    expect(summary.versions.map((v) => `${v.condition.budget}/${v.condition.rounds}`)).toEqual(['16/0', '64/0', '64/1', '64/2', '128/0']);
    expect(readdirSync(out).sort()).toEqual(['version_0', 'version_1', 'version_2', 'version_3', 'version_4']);
    expect(readdirSync(path.join(out, 'version_2')).sort()).toEqual(['config.yaml', 'log.txt', 'm1_eval_data.json', 'm1_eval_data.scored.json', 'metrics.json']);

    const config = parseYaml(readFileSync(path.join(out, 'version_2/config.yaml'), 'utf8'));
    expect(config).toMatchObject({ max_new_tokens: 64, keep_think_below_budget_times: 1, keep_think_below_budget_str: 'Wait', temperature: 0 });

    const results = JSON.parse(readFileSync(path.join(out, 'version_2/m1_eval_data.json'), 'utf8'));
    expect(results).toHaveLength(3);
    const r = results[0];
    for (const f of ['question', 'options', 'answer', 'answer_idx', 'source', 'option_str', 'input_str', 'thinking_text', 'thinking_finish_reason', 'response_text', 'finish_reason', 'extracted_answer', 'huatuo_extracted_answer', 'num_gen_tokens', 'num_keep_think_below_budget']) {
      expect(r).toHaveProperty(f);
    }
    expect(r.thinking_text).toContain('\nWait, heparin');
    expect(r.option_str).toBe('A. Aspirin\nB. Heparin\nC. Warfarin\nD. Alteplase');
    expect(r.input_str.startsWith('<|im_start|>system\nYou are Qwen')).toBe(true);
    expect(r.input_str.endsWith('<|im_start|>assistant\n<|im_start|>think\n')).toBe(true);
    expect(r.response_text).toBe('<|im_start|>answer\nThe answer is \\boxed{B}');
    expect(r.extracted_answer).toBe('B');
    expect(r.num_keep_think_below_budget).toBe(1);

    const scoredText = readFileSync(path.join(out, 'version_2/m1_eval_data.scored.json'), 'utf8');
    const lines = scoredText.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0])).toMatchObject({ correct: true, answer: 'Heparin', source: 'MedQA_USLME_test', extracted_answer: 'B' });
    expect(JSON.parse(lines[1]).correct).toBe(true);
    expect([...scoredText].every((ch) => ch.charCodeAt(0) < 128)).toBe(true); // non-ASCII escaped as pandas does

    const metrics = JSON.parse(readFileSync(path.join(out, 'version_2/metrics.json'), 'utf8'));
    expect(metrics).toEqual({
      MedQA_USLME_test: { correct_count: 2, total_count: 2, accuracy: 1 },
      NEJM: { correct_count: 1, total_count: 1, accuracy: 1 },
    });
    const m3 = JSON.parse(readFileSync(path.join(out, 'version_3/metrics.json'), 'utf8'));
    expect(m3.MedQA_USLME_test).toEqual({ correct_count: 0, total_count: 2, accuracy: 0 });
    expect(readFileSync(path.join(out, 'version_3/log.txt'), 'utf8')).toContain('max_new_tokens=64 keep_think_below_budget_times=2');
  });

  it('round-trips: export then import gives the same run log', async () => {
    const original = sampleLog();
    const out = path.join(root, 'export2');
    await exportM1(original, out);
    const back = await importM1([out]);
    expect(back.header).toEqual({ ...original.header, mode: 'imported' });
    expect(back.records.length).toBe(original.records.length);
    for (let i = 0; i < original.records.length; i++) {
      const a = original.records[i];
      const b = back.records[i];
      expect(b.item).toEqual(a.item);
      expect(b.trace).toEqual(a.trace);
      expect(b.timingMs).toEqual(a.timingMs);
      // Imported conditions carry the file's verdict as well.
      expect(b.conditions.map(({ fileCorrect: _f, ...rest }) => rest)).toEqual(a.conditions);
      expect(b.conditions.map((c) => c.fileCorrect)).toEqual(a.conditions.map((c) => c.grade!.correct));
    }
    // And the imported log is valid run-log text.
    const text = [JSON.stringify(back.header), ...back.records.map((r) => JSON.stringify(r))].join('\n');
    expect(parseRunLog(text).records).toHaveLength(3);
  });

  it('imports several version directories given one by one', async () => {
    const out = path.join(root, 'export2');
    const back = await importM1([path.join(out, 'version_1'), path.join(out, 'version_3')]);
    expect(back.records[0].conditions.map((c) => `${c.condition.budget}/${c.condition.rounds}`)).toEqual(['64/0', '64/2']);
  });

  it('reads reference output without workbench extras, indented .scored.json included', async () => {
    const dir = path.join(root, 'reference', 'version_0');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'config.yaml'), 'model_path: m1-7B-23K\nmax_new_tokens: 2048\nkeep_think_below_budget_times: 1\nkeep_think_below_budget_str: Wait\ntemperature: 0\n');
    const base = { options: { A: 'Aspirin', B: 'Heparin' }, answer: 'Heparin', answer_idx: 'B', option_str: 'A. Aspirin\nB. Heparin', input_str: '...' };
    const results = [
      { ...base, question: 'q0', source: 'MedQA', thinking_text: 'Think.\nWait, yes.', thinking_finish_reason: 'stop', response_text: 'The answer is \\boxed{B}', finish_reason: 'stop', extracted_answer: 'B', huatuo_extracted_answer: 'B', num_gen_tokens: 30, num_keep_think_below_budget: 1 },
      { ...base, question: 'q1', source: 'MedQA', thinking_text: 'Long thinking', thinking_finish_reason: 'length', response_text: ' A', finish_reason: 'stop', extracted_answer: 'A', huatuo_extracted_answer: 'A', num_gen_tokens: 2100, num_keep_think_below_budget: 0 },
    ];
    writeFileSync(path.join(dir, 'out.json'), JSON.stringify(results, null, 4));
    const scored = results.map((r, i) => ({ correct: i === 0, extracted_answer: r.extracted_answer, answer: r.answer, source: r.source, option_str: r.option_str, question: r.question, huatuo_extracted_answer: r.huatuo_extracted_answer }));
    writeFileSync(path.join(dir, 'out.scored.json'), scored.map((s) => JSON.stringify(s, null, 2)).join('\n') + '\n');
    const back = await importM1([path.join(root, 'reference')], { now: '2025-01-01T00:00:00Z' });
    expect(back.header.mode).toBe('imported');
    expect(back.header.budgetPolicy).toBe('m1-exact');
    expect(back.header.grid).toEqual({ budgets: [2048], rounds: [1] });
    expect(back.records.map((r) => `${r.item.source}#${r.item.index}`)).toEqual(['MedQA#0', 'MedQA#1']);
    const [c0] = back.records[0].conditions;
    expect(c0.answerPrefix).toBe('\n<|im_start|>answer');
    expect(c0.answerText).toBe('The answer is \\boxed{B}');
    expect(c0.grade?.correct).toBe(true);
    expect(c0.fileCorrect).toBe(true);
    expect(c0.tokens.reencoded).toBe(30);
    expect(c0.roundsDone).toBe(1);
    const [c1] = back.records[1].conditions;
    expect(c1.answerPrefix).toBe('\n<|im_start|>answer\nFinal Answer:');
    expect(c1.grade?.correct).toBe(false);
    expect(traceText(back.records[1].trace)).toBe('Long thinking');
  });

  it('refuses bad input with file, line and field, and leaves no half export', async () => {
    const bad = path.join(root, 'bad', 'version_0');
    mkdirSync(bad, { recursive: true });
    writeFileSync(path.join(bad, 'config.yaml'), 'max_new_tokens: -5\n');
    await expect(importM1([bad])).rejects.toThrow(/config\.yaml: field max_new_tokens: must be a whole number/);
    writeFileSync(path.join(bad, 'config.yaml'), 'max_new_tokens: 64\n');
    await expect(importM1([bad])).rejects.toThrow(/no results JSON file/);
    writeFileSync(path.join(bad, 'r.json'), '[\n{"question": "q", "options": {"A": "x", "B": "y"}, "answer": "x", "answer_idx": "Q", "source": "S", "thinking_text": "", "response_text": ""}\n]');
    await expect(importM1([bad])).rejects.toThrow(/r\.json:2: item 0 of source "S": field answer_idx: gold letter "Q"/);
    writeFileSync(path.join(bad, 'r.json'), '[\n{"question": "q",\n "options": {"A": "x", "B": "y"},, }\n]');
    await expect(importM1([bad])).rejects.toThrow(/r\.json:3: not valid JSON/);
    await expect(importM1([path.join(root, 'nothing-here')])).rejects.toBeInstanceOf(InputError);

    const out = path.join(root, 'export-nonempty');
    mkdirSync(out);
    writeFileSync(path.join(out, 'keep.txt'), 'x');
    await expect(exportM1(sampleLog(), out)).rejects.toThrow(/not empty/);
    const noConditions = { header: sampleLog().header, records: [] };
    const out2 = path.join(root, 'export-empty');
    await expect(exportM1(noConditions, out2)).rejects.toThrow(/no condition results/);
    expect(existsSync(out2)).toBe(false);
    expect(readdirSync(root).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});

describe('JSON Lines as datasets writes them', () => {
  it('writes compact lines with ASCII escapes and reads indented records back', () => {
    const recs = [{ a: 'é/ü', b: [1, 2] }, { a: '😀 "q"', b: [] }];
    const text = toHfJsonLines(recs);
    expect(text).toBe('{"a":"\\u00e9\\/\\u00fc","b":[1,2]}\n{"a":"\\ud83d\\ude00 \\"q\\"","b":[]}\n');
    expect(readJsonValues(text, 'x').map((v) => v.value)).toEqual(recs);
    const indented = recs.map((r) => JSON.stringify(r, null, 2)).join('\n');
    expect(readJsonValues(indented, 'x').map((v) => [v.value, v.line])).toEqual([
      [recs[0], 1],
      [recs[1], 8],
    ]);
    expect(readJsonValues(JSON.stringify(recs), 'x').map((v) => v.value)).toEqual(recs);
    expect(() => readJsonValues('{"a": 1}\n{"a": }', 'f.json')).toThrow(/f\.json:2: not valid JSON/);
    expect(() => readJsonValues('{"a": [1, 2}', 'f.json')).toThrow(/f\.json:1/);
  });
});
