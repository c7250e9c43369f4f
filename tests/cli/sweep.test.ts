import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRunLog, type QuestionRecordLine } from '../../src/shared/runlog';
import { BIN, expectOneLineError, listing, runCli, tempDir } from './run-cli';
import { tinyModel } from './tiny-model';

const dir = tempDir('sweep');
const data = path.join(dir, 'eval.json');
const questions = [
  ['A 60-year-old has crushing chest pain radiating to the left arm. First drug?', { A: 'Aspirin', B: 'Heparin', C: 'Warfarin', D: 'Alteplase' }, 'A'],
  ['Scurvy results from a deficiency of which vitamin?', { A: 'Vitamin A', B: 'Vitamin C', C: 'Vitamin D', D: 'Vitamin K' }, 'B'],
  ['Most common cause of community-acquired pneumonia?', { A: 'Klebsiella', B: 'Legionella', C: 'Streptococcus pneumoniae' }, 'C'],
  ['First-line treatment of anaphylaxis?', { A: 'Epinephrine', B: 'Diphenhydramine', C: 'Prednisone', D: 'Albuterol' }, 'A'],
  ['Which electrolyte disturbance causes peaked T waves?', { A: 'Hyponatremia', B: 'Hyperkalemia', C: 'Hypocalcemia', D: 'Hypermagnesemia' }, 'B'],
  ['Drug of choice for absence seizures?', { A: 'Phenytoin', B: 'Carbamazepine', C: 'Ethosuximide', D: 'Gabapentin' }, 'C'],
] as const;
const toItem = ([question, options, idx]: (typeof questions)[number]) => ({ question, options, answer: (options as Record<string, string>)[idx], answer_idx: idx });
writeFileSync(data, JSON.stringify({ MedQA_USLME_test: questions.slice(0, 4).map(toItem), NEJM: questions.slice(4).map(toItem) }));

let model: string;
beforeAll(async () => {
  model = await tinyModel();
});

const base = () => ['sweep', '--model', model, '--data', data, '--threads', '1', '--gpu', 'false'];

/** Records without timings (which differ between runs). */
function comparable(records: QuestionRecordLine[]): unknown[] {
  return records.map((r) => ({
    item: r.item,
    trace: r.trace,
    conditions: r.conditions.map(({ timingMs: _t, ...c }) => c),
  }));
}

describe('m1wb sweep: bad input', () => {
  it('refuses bad flags and files with exit 2, one line, and no run log', async () => {
    const fake = path.join(dir, 'fake.gguf');
    writeFileSync(fake, 'GGUX this is not a model');
    const badData = path.join(dir, 'bad.json');
    writeFileSync(badData, '{"MedQA": [\n  {"question": "q", "options": {"A": "a", "B": "b"}, "answer": "a", "answer_idx": "C"}\n]}');
    const out = path.join(dir, 'never.jsonl');
    const cases: Array<[string[], RegExp]> = [
      [['--budgets', '0'], /--budgets: "0" is not a positive whole number/],
      [['--budgets=-5'], /--budgets: "-5" is not a positive whole number/],
      [['--budgets', '128,1.5'], /--budgets: "1\.5" is not a positive whole number/],
      [['--budgets', '128,,256'], /--budgets: empty entry/],
      [['--rounds', '0,-1'], /--rounds: "-1" is not a non-negative whole number/],
      [['--rounds', 'two'], /--rounds: "two" is not a non-negative whole number/],
      [['--limit', '0'], /--limit: "0" is not a positive whole number/],
      [['--threads', 'many'], /--threads: "many" is not a positive whole number/],
      [['--sources', 'PubMedQA_test'], /eval\.json: unknown source "PubMedQA_test" in --sources/],
      [['--preset', 'nope'], /--preset: unknown protocol preset "nope"/],
      [['--mode', 'parallel'], /option '--mode <mode>' argument 'parallel' is invalid/],
      [['--budgets', '40000'], /a context of \d+ tokens is needed .* training context is 32768 tokens/],
    ];
    for (const [flags, re] of cases) {
      const r = await runCli([...base(), ...flags, '--out', out]);
      expect(r.code, `${flags.join(' ')}: ${r.stderr}`).toBe(2);
      expect(expectOneLineError(r)).toMatch(re);
      expect(existsSync(out), flags.join(' ')).toBe(false);
    }
    const withModel = (m: string) => ['sweep', '--model', m, '--data', data, '--out', out];
    const missing = await runCli(withModel(path.join(dir, 'absent.gguf')));
    expect(missing.code).toBe(2);
    expect(expectOneLineError(missing)).toMatch(/--model .*absent\.gguf: no such file/);
    const notGguf = await runCli(withModel(fake));
    expect(notGguf.code).toBe(2);
    expect(expectOneLineError(notGguf)).toMatch(/fake\.gguf: not a GGUF model file/);
    const bad = await runCli(['sweep', '--model', model, '--data', badData, '--out', out]);
    expect(bad.code).toBe(2);
    expect(expectOneLineError(bad)).toBe(`m1wb: ${badData}: item 0 of source "MedQA": field answer_idx: gold letter "C" is not one of the options A, B`);
    const hf = await runCli(['sweep', '--model', 'hf:nobody/none-GGUF:Q4_K_M', '--data', data, '--out', out]);
    expect(hf.code).toBe(1);
    expect(expectOneLineError(hf)).toMatch(/^m1wb: --model: cannot download hf:nobody\/none-GGUF:Q4_K_M: /);
    expect(existsSync(out)).toBe(false);
    expect(listing(dir).filter((f) => f.includes('never'))).toEqual([]);
  });
});

describe('m1wb sweep on the tiny model', () => {
  const full = path.join(dir, 'full.jsonl');
  const grid = ['--budgets', '16,64,512', '--rounds', '0,1,2'];

  it('runs the grid end to end, then report, export and import work on the log', async () => {
    const r = await runCli([...base(), ...grid, '--out', full]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/6 questions run; \d+ tokens generated/);
    const log = parseRunLog(readFileSync(full, 'utf8'), full);
    expect(log.header.grid).toEqual({ budgets: [16, 64, 512], rounds: [0, 1, 2] });
    expect(log.header.data?.file).toBe(data);
    expect(log.records.map((x) => `${x.item.source}#${x.item.index}`)).toEqual(['MedQA_USLME_test#0', 'MedQA_USLME_test#1', 'MedQA_USLME_test#2', 'MedQA_USLME_test#3', 'NEJM#0', 'NEJM#1']);
    for (const rec of log.records) expect(rec.conditions).toHaveLength(9);

    const rep = await runCli(['report', '--json', full]);
    expect(rep.code, rep.stderr).toBe(0);
    const report = JSON.parse(rep.stdout);
    expect(report.questions).toBe(6);
    expect(report.conditions).toHaveLength(9);
    expect(report.tokens.generated).toBeGreaterThan(0);
    // The run's own total of generated tokens equals the report's, from the log alone.
    expect(r.stderr).toContain(`${report.tokens.generated} tokens generated`);

    const m1 = path.join(dir, 'full-m1');
    expect((await runCli(['export', '--format', 'm1', full, '--out', m1])).code).toBe(0);
    expect(listing(m1)).toHaveLength(9);
    const back = path.join(dir, 'full-back.jsonl');
    const imp = await runCli(['import', m1, '--out', back]);
    expect(imp.code, imp.stderr).toBe(0);
    const imported = parseRunLog(readFileSync(back, 'utf8'));
    expect(comparable(imported.records.map((x) => ({ ...x, conditions: x.conditions.map(({ fileCorrect: _f, ...c }) => c) })))).toEqual(comparable(log.records));
  });

  it('refuses to overwrite a run log without --resume, and resumes a finished one', async () => {
    const before = readFileSync(full, 'utf8');
    const again = await runCli([...base(), ...grid, '--out', full]);
    expect(again.code).toBe(2);
    expect(expectOneLineError(again)).toMatch(/already exists; add --resume/);
    expect(readFileSync(full, 'utf8')).toBe(before);
    const resumed = await runCli([...base(), ...grid, '--out', full, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/0 questions run, 6 skipped/);
    expect(readFileSync(full, 'utf8')).toBe(before);
    const otherGrid = await runCli([...base(), '--budgets', '16,64', '--rounds', '0,1,2', '--out', full, '--resume']);
    expect(otherGrid.code).toBe(2);
    expect(expectOneLineError(otherGrid)).toMatch(/full\.jsonl:1: cannot resume: header field grid\.budgets/);
    expect(readFileSync(full, 'utf8')).toBe(before);
  });

  it('cancels cleanly on Ctrl-C and --resume finishes with the same records', async () => {
    const out = path.join(dir, 'interrupted.jsonl');
    const args = [BIN, ...base(), ...grid, '--out', out];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let sent = false;
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
        if (!sent && /\[1\/6\]/.test(stderr)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.on('close', (c) => resolve(c));
    });
    expect(sent, stderr).toBe(true);
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/cancel/);
    const partial = parseRunLog(readFileSync(out, 'utf8'), out);
    expect(partial.records.length).toBeGreaterThanOrEqual(1);
    expect(partial.records.length).toBeLessThan(6);

    const resumed = await runCli([...base(), ...grid, '--out', out, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain(`${6 - partial.records.length} questions run, ${partial.records.length} skipped`);
    const finished = parseRunLog(readFileSync(out, 'utf8'), out);
    const reference = parseRunLog(readFileSync(full, 'utf8'), full);
    expect(comparable(finished.records)).toEqual(comparable(reference.records));
  });
});
