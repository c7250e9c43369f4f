import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunLog } from '../../src/shared/runlog';
import { header, item, record } from '../formats/make-log';
import { expectOneLineError, listing, runCli, tempDir } from './run-cli';

const dir = tempDir('files');
const conds = [
  { budget: 128, rounds: 0 },
  { budget: 256, rounds: 0 },
  { budget: 256, rounds: 1 },
];
const runLog = path.join(dir, 'run.jsonl');
const h = header([128, 256], [0, 1], { data: { file: 'm1_eval_data.json' } });
const records = [
  record(item('MedQA_USLME_test', 0), conds, ['B', 'B', 'A']),
  record(item('MedQA_USLME_test', 1), conds, ['A', 'B', 'B']),
  record(item('NEJM', 0), conds, ['C', 'D', '']),
];
writeFileSync(runLog, [h, ...records].map((x) => JSON.stringify(x)).join('\n') + '\n');

describe('m1wb report', () => {
  it('prints the table and curves', async () => {
    const r = await runCli(['report', runLog]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/MedQA_USLME_test\s+50\.0\s+100\.0\s+50\.0/);
    expect(r.stdout).toMatch(/Avg\.\s+25\.0\s+50\.0\s+25\.0/);
    expect(r.stdout).toContain('Accuracy against budget (0 rounds)');
    expect(r.stdout).toContain('Accuracy against forcing rounds at budget 256');
  });

  it('prints JSON with tokens at the top level', async () => {
    const r = await runCli(['report', '--json', runLog]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.tokens).toEqual({ generated: 3 * 200 + 9 * 10, evaluated: 3 * 200 + 9 * 12 });
    expect(report.accuracy.map((a: { mean: number }) => a.mean)).toEqual([0.25, 0.5, 0.25]);
    expect(report.flips[0].counts['wrong→correct']).toBe(1);
  });

  it('rejects a bad run log naming file, line and field', async () => {
    const bad = path.join(dir, 'bad.jsonl');
    const broken = JSON.parse(JSON.stringify(records[1]));
    broken.conditions[0].roundsDone = -1;
    writeFileSync(bad, [h, records[0], broken].map((x) => JSON.stringify(x)).join('\n') + '\n');
    const r = await runCli(['report', bad]);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/bad\.jsonl:3: field conditions\.0\.roundsDone/);
    writeFileSync(bad, JSON.stringify(h) + '\n{"type": "question",\n');
    const r2 = await runCli(['report', bad]);
    expect(r2.code).toBe(2);
    expect(expectOneLineError(r2)).toMatch(/bad\.jsonl:2: not valid JSON/);
    const r3 = await runCli(['report', path.join(dir, 'none.jsonl')]);
    expect(r3.code).toBe(2);
    expect(expectOneLineError(r3)).toMatch(/none\.jsonl: no such file/);
  });
});

describe('m1wb export and import', () => {
  it('round-trips a run log through the reference layout', async () => {
    const out = path.join(dir, 'm1out');
    const e = await runCli(['export', '--format', 'm1', runLog, '--out', out]);
    expect(e.code, e.stderr).toBe(0);
    expect(listing(out)).toEqual(['version_0', 'version_1', 'version_2']);
    expect(listing(path.join(out, 'version_0'))).toEqual(['config.yaml', 'log.txt', 'm1_eval_data.json', 'm1_eval_data.scored.json', 'metrics.json']);
    const back = path.join(dir, 'back.jsonl');
    const i = await runCli(['import', path.join(out, 'version_0'), path.join(out, 'version_1'), path.join(out, 'version_2'), '--out', back]);
    expect(i.code, i.stderr).toBe(0);
    expect(i.stderr).toContain('3 questions, 3 conditions');
    const imported = parseRunLog(readFileSync(back, 'utf8'));
    const original = parseRunLog(readFileSync(runLog, 'utf8'));
    expect(imported.header).toEqual({ ...original.header, mode: 'imported' });
    expect(imported.records.map((r) => r.item)).toEqual(original.records.map((r) => r.item));
    expect(imported.records.map((r) => r.conditions.map(({ fileCorrect: _f, ...c }) => c))).toEqual(original.records.map((r) => r.conditions));
    expect(imported.records.map((r) => r.trace)).toEqual(original.records.map((r) => r.trace));
    // The reports agree.
    const a = await runCli(['report', '--json', runLog]);
    const b = await runCli(['report', '--json', back]);
    const strip = (s: string) => ({ ...JSON.parse(s), mode: undefined });
    expect(strip(b.stdout)).toEqual(strip(a.stdout));
  });

  it('leaves nothing behind on bad input', async () => {
    const before = listing(dir);
    const f = await runCli(['export', '--format', 'csv', runLog, '--out', path.join(dir, 'x1')]);
    expect(f.code).toBe(2);
    expect(expectOneLineError(f)).toMatch(/--format: "csv" is not a known export format/);
    const m = await runCli(['export', '--format', 'm1', path.join(dir, 'missing.jsonl'), '--out', path.join(dir, 'x2')]);
    expect(m.code).toBe(2);
    const n = await runCli(['import', path.join(dir, 'no-such-dir'), '--out', path.join(dir, 'x3.jsonl')]);
    expect(n.code).toBe(2);
    expect(expectOneLineError(n)).toMatch(/no-such-dir: no such directory/);
    const notM1 = tempDir('notm1');
    const o = await runCli(['import', notM1, '--out', path.join(dir, 'x4.jsonl')]);
    expect(o.code).toBe(2);
    expect(expectOneLineError(o)).toMatch(/not an m1 output directory/);
    const badCfg = tempDir('badcfg');
    writeFileSync(path.join(badCfg, 'config.yaml'), 'max_new_tokens: [1\n');
    const y = await runCli(['import', badCfg, '--out', path.join(dir, 'x5.jsonl')]);
    expect(y.code).toBe(2);
    expect(expectOneLineError(y)).toMatch(/config\.yaml(:\d+)?: not valid YAML/);
    const noOutDir = await runCli(['import', path.join(dir, 'm1out'), '--out', path.join(dir, 'nodir', 'x.jsonl')]);
    expect(noOutDir.code).toBe(2);
    expect(expectOneLineError(noOutDir)).toMatch(/does not exist/);
    expect(listing(dir)).toEqual(before);
    expect(existsSync(path.join(dir, 'x1'))).toBe(false);
  });
});
