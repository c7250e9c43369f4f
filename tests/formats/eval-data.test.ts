import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, loadEvalData } from '../../src/engine/data';

const dir = mkdtempSync(path.join(tmpdir(), 'm1wb-data-'));
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}
const q = (question: string, answerIdx = 'B') => ({
  question,
  options: { A: 'Aspirin', B: 'Heparin', C: 'Warfarin', D: 'Alteplase' },
  answer: { A: 'Aspirin', B: 'Heparin', C: 'Warfarin', D: 'Alteplase' }[answerIdx],
  answer_idx: answerIdx,
});

async function inputError(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return (e as Error).message;
}

describe('loadEvalData', () => {
  it('reads the m1 eval JSON: sources in file order, 0-based index per source', async () => {
    const p = file('eval.json', JSON.stringify({ MedQA: [q('q1'), q('q2', 'C')], NEJM: [q('q3', 'A')] }));
    const items = await loadEvalData(p);
    expect(items.map((i) => [i.source, i.index, i.question, i.answerIdx, i.answer])).toEqual([
      ['MedQA', 0, 'q1', 'B', 'Heparin'],
      ['MedQA', 1, 'q2', 'C', 'Warfarin'],
      ['NEJM', 0, 'q3', 'A', 'Aspirin'],
    ]);
    expect(Object.keys(items[0].options)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('names a plain list after the file', async () => {
    const items = await loadEvalData(file('Lancet.json', JSON.stringify([q('x'), q('y')])));
    expect(items.map((i) => `${i.source}#${i.index}`)).toEqual(['Lancet#0', 'Lancet#1']);
  });

  it('reads JSON Lines with and without source, skipping blank lines', async () => {
    const text = [JSON.stringify({ ...q('a'), source: 'S1' }), '', JSON.stringify(q('b')), JSON.stringify({ ...q('c'), source: 'S1' })].join('\n') + '\n';
    const items = await loadEvalData(file('mixed.jsonl', text));
    expect(items.map((i) => `${i.source}#${i.index}:${i.question}`)).toEqual(['S1#0:a', 'mixed#0:b', 'S1#1:c']);
  });

  it('sniffs JSON Lines in a .json file', async () => {
    const items = await loadEvalData(file('lines.json', `${JSON.stringify(q('a'))}\n${JSON.stringify(q('b'))}\n`));
    expect(items).toHaveLength(2);
  });

  it('selects sources and limits items per source', async () => {
    const p = file('sel.json', JSON.stringify({ A: [q('1'), q('2'), q('3')], B: [q('4'), q('5')], C: [q('6')] }));
    const items = await loadEvalData(p, { sources: ['C', 'A'], limit: 2 });
    expect(items.map((i) => `${i.source}#${i.index}`)).toEqual(['A#0', 'A#1', 'C#0']);
    expect(await inputError(loadEvalData(p, { sources: ['A', 'Nope'] }))).toMatch(/sel\.json: unknown source "Nope" in --sources; the file has "A", "B", "C"/);
    expect(await inputError(loadEvalData(p, { limit: 0 }))).toMatch(/--limit/);
  });

  it('reports malformed JSON with the line', async () => {
    const msg = await inputError(loadEvalData(file('bad.json', '{\n  "MedQA": [\n    {"question": "x",,}\n  ]\n}')));
    expect(msg).toMatch(/bad\.json:3: not valid JSON/);
  });

  it('reports malformed JSON Lines with the line', async () => {
    const msg = await inputError(loadEvalData(file('bad.jsonl', `${JSON.stringify(q('a'))}\n${JSON.stringify(q('b'))}\n{"question": "c", oops}\n`)));
    expect(msg).toMatch(/^.*bad\.jsonl:3: not valid JSON/);
  });

  it('reports an empty file', async () => {
    expect(await inputError(loadEvalData(file('empty.json', '  \n')))).toMatch(/empty\.json: empty file/);
  });

  it('reports a missing file and a directory', async () => {
    expect(await inputError(loadEvalData(path.join(dir, 'nope.json')))).toMatch(/nope\.json: no such file/);
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    expect(await inputError(loadEvalData(path.join(dir, 'sub')))).toMatch(/is a directory/);
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ['missing options', { question: 'x', answer: 'a', answer_idx: 'A' }, /item 1 of source "MedQA": field options: missing/],
    ['empty options', { question: 'x', options: {}, answer: 'a', answer_idx: 'A' }, /field options: empty/],
    ['one option', { question: 'x', options: { A: 'a' }, answer: 'a', answer_idx: 'A' }, /field options: only one option/],
    ['options as list', { question: 'x', options: ['a', 'b'], answer: 'a', answer_idx: 'A' }, /field options: must be an object/],
    ['gold not an option', { ...q('x'), answer_idx: 'E' }, /field answer_idx: gold letter "E" is not one of the options A, B, C, D/],
    ['lower-case key', { question: 'x', options: { a: '1', b: '2' }, answer: '1', answer_idx: 'a' }, /field options\.a: option keys must be single capital letters/],
    ['numeric option', { ...q('x'), options: { A: 'x', B: 7 } }, /field options\.B: must be text, got number 7/],
    ['numeric question', { ...q('x'), question: 12 }, /field question: must be text, got number 12/],
    ['empty question', { ...q('x'), question: '  ' }, /field question: empty/],
    ['numeric answer', { ...q('x'), answer: 3 }, /field answer: must be text/],
    ['numeric answer_idx', { ...q('x'), answer_idx: 1 }, /field answer_idx: must be text/],
    ['missing answer_idx', { question: 'x', options: { A: '1', B: '2' }, answer: '1' }, /field answer_idx: missing/],
    ['not an object', 'just text', /item 1 of source "MedQA": expected an object/],
  ];
  for (const [name, raw, re] of bad) {
    it(`rejects ${name} naming file, item and field`, async () => {
      const p = file(`bad-${name.replace(/\W+/g, '-')}.json`, JSON.stringify({ MedQA: [q('fine'), raw] }, null, 2));
      const msg = await inputError(loadEvalData(p));
      expect(msg.startsWith(`${p}: item 1 of source "MedQA"`)).toBe(true);
      expect(msg).toMatch(re);
    });
  }

  it('names the line of a bad JSON Lines item', async () => {
    const p = file('badfield.jsonl', `${JSON.stringify(q('a'))}\n${JSON.stringify({ ...q('b'), answer_idx: 'Z', source: 'NEJM' })}\n`);
    expect(await inputError(loadEvalData(p))).toBe(`${p}:2: item 0 of source "NEJM": field answer_idx: gold letter "Z" is not one of the options A, B, C, D`);
  });

  it('rejects a source that is not a list', async () => {
    expect(await inputError(loadEvalData(file('notlist.json', JSON.stringify({ MedQA: { question: 'x' } }))))).toMatch(/field MedQA: expected a list/);
  });

  it('fills a missing gold text from the gold letter', async () => {
    const [item] = await loadEvalData(file('noanswer.jsonl', JSON.stringify({ question: 'x', options: { A: 'one', B: 'two' }, answer_idx: 'B' })));
    expect(item.answer).toBe('two');
  });
});
