import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, runCli, tempDir } from './run-cli';

const four = { A: 'Aspirin', B: 'Heparin', C: 'Warfarin', D: 'Alteplase' };
const ten = Object.fromEntries('ABCDEFGHIJ'.split('').map((l, i) => [l, `option ${i + 1}`]));

// Expected values worked out from the grading rules in the m1 protocol.
const corpus: Array<{ answer_text: string; options: Record<string, string>; answer_idx: string; expect: [string, string | null, boolean] }> = [
  { answer_text: 'So \\boxed{B}', options: four, answer_idx: 'B', expect: ['B', null, true] }, // single letter
  { answer_text: '\\boxed{Heparin}', options: four, answer_idx: 'B', expect: ['Heparin', null, true] }, // gold text
  { answer_text: '\\boxed{b. heparin}', options: four, answer_idx: 'B', expect: ['b. heparin', null, true] }, // "X. text", any case
  { answer_text: '\\boxed{ B }', options: four, answer_idx: 'B', expect: [' B ', 'B', true] }, // no trimming; standalone letter
  { answer_text: '\\boxed{C}', options: four, answer_idx: 'B', expect: ['C', 'C', false] },
  { answer_text: 'The answer is D', options: four, answer_idx: 'B', expect: ['The answer is D', 'D', false] }, // no box: whole text
  { answer_text: '\\boxed{x = A}', options: four, answer_idx: 'A', expect: ['A', null, true] }, // "=" rule
  { answer_text: '\\boxed{\\text{B}}', options: four, answer_idx: 'B', expect: ['B', null, true] }, // \text unwrap
  { answer_text: '\\fbox{C}', options: four, answer_idx: 'C', expect: ['\\fbox{C}', 'C', true] }, // \fbox kept
  { answer_text: 'It is warfarin, clearly', options: four, answer_idx: 'C', expect: ['It is warfarin, clearly', 'C', true] }, // option text
  { answer_text: '\\boxed{J}', options: ten, answer_idx: 'J', expect: ['J', null, true] },
  { answer_text: '\\boxed{K}', options: ten, answer_idx: 'A', expect: ['K', 'J', false] }, // K is beyond the 10 letters; similarity ties at 0, the last option wins
];

describe('m1wb grade', () => {
  it('grades a corpus from stdin, one line per input, in order', async () => {
    const input = corpus.map(({ expect: _e, ...r }) => JSON.stringify({ ...r, answer: r.options[r.answer_idx] })).join('\n') + '\n\n';
    const r = await runCli(['grade'], { input });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(corpus.length);
    lines.forEach((l, i) => {
      expect(Object.keys(l)).toEqual(['extracted_answer', 'matched_letter', 'correct']);
      expect([l.extracted_answer, l.matched_letter, l.correct], `input ${i}: ${corpus[i].answer_text}`).toEqual(corpus[i].expect);
    });
  });

  it('reads --in and reports bad input with file, line and field, writing nothing', async () => {
    const dir = tempDir('grade');
    const ok = JSON.stringify({ answer_text: 'B', options: four, answer: 'Heparin', answer_idx: 'B' });
    const cases: Array<[string, RegExp]> = [
      [`${ok}\n{"answer_text": "x",\n`, /grade-0\.jsonl:2: not valid JSON/],
      [`${ok}\n${JSON.stringify({ options: four, answer: 'Heparin', answer_idx: 'B' })}\n`, /grade-1\.jsonl:2: input 1: field answer_text: missing/],
      [`${JSON.stringify({ answer_text: 'B', options: four, answer: 'Heparin', answer_idx: 'F' })}\n`, /grade-2\.jsonl:1: input 0: field answer_idx: gold letter "F" is not one of the options A, B, C, D/],
      [`${JSON.stringify({ answer_text: 'B', options: {}, answer: 'x', answer_idx: 'A' })}\n`, /grade-3\.jsonl:1: input 0: field options: empty/],
      [`${JSON.stringify({ answer_text: 7, options: four, answer: 'x', answer_idx: 'A' })}\n`, /grade-4\.jsonl:1: input 0: field answer_text: must be text/],
      [`${JSON.stringify({ answer_text: 'B', options: { ...four, B: null }, answer: 'x', answer_idx: 'A' })}\n`, /field options\.B: must be text, got null/],
    ];
    for (let i = 0; i < cases.length; i++) {
      const file = path.join(dir, `grade-${i}.jsonl`);
      writeFileSync(file, cases[i][0]);
      const r = await runCli(['grade', '--in', file]);
      expect(r.code, r.stderr).toBe(2);
      expect(expectOneLineError(r)).toMatch(cases[i][1]);
      expect(r.stdout).toBe('');
    }
    const good = path.join(dir, 'good.jsonl');
    writeFileSync(good, ok + '\n');
    const r = await runCli(['grade', '--in', good]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ extracted_answer: 'B', matched_letter: null, correct: true });
    const missing = await runCli(['grade', '--in', path.join(dir, 'absent.jsonl')]);
    expect(missing.code).toBe(2);
    expect(expectOneLineError(missing)).toMatch(/absent\.jsonl: no such file/);
  });

  it('names stdin in messages', async () => {
    const r = await runCli(['grade'], { input: 'not json\n' });
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/^m1wb: <stdin>:1: not valid JSON/);
  });
});
