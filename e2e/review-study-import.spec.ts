import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { benchQuestion } from '../scripts/bench-ui/generate-study';
import { trackForeignRequests } from './offline-guard';

/**
 * Import into a study: a run log (streamed in a worker with a progress bar), many reference m1
 * version folders at once, JSON Lines with a field-mapping step, the eval data file alone and
 * runs added to it later (a saved query re-evaluates), cancel, and a damaged file.
 */

function runLog(n: number, title: string): string {
  const header = {
    type: 'header',
    format: 'm1wb.runlog',
    version: 1,
    title,
    model: { file: 'generated.gguf' },
    preset: { name: 'm1' },
    grid: { budgets: [128], rounds: [0] },
    mode: 'imported',
    budgetPolicy: 'strict',
    engine: { name: 'test' },
    startedAt: '2025-01-01T00:00:00Z',
  };
  const lines = [JSON.stringify(header)];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify(benchQuestion(i, 3)));
  return `${lines.join('\n')}\n`;
}

async function openImport(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('question-row').first()).toBeVisible();
  await page.getByTestId('import-open').click();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
}

async function finishImport(page: Page) {
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('import-close').click();
}

test('a run log imports in the worker, opens as a study and survives a reload', async ({ page }) => {
  const foreign = trackForeignRequests(page);
  await openImport(page);
  await page.getByTestId('import-files').setInputFiles({ name: 'generated.jsonl', mimeType: 'application/json', buffer: Buffer.from(runLog(60, 'Generated sixty')) });
  await expect(page.getByTestId('import-kind')).toHaveValue('run-log');
  await finishImport(page);
  await expect(page.getByTestId('study-title')).toHaveText('Generated sixty');
  await expect(page.getByTestId('question-count')).toHaveText('60 questions');
  await expect(page.getByTestId('question-row').first().getByTestId('ladder-cell')).toHaveCount(13);
  await page.reload();
  await expect(page.getByTestId('question-count')).toHaveText('60 questions');
  expect(foreign).toEqual([]);
});

/** Two output folders (both named "runs"): version_0 and version_1 in one, version_2 in the other. */
function m1Dirs(): [string, string] {
  const root = mkdtempSync(path.join(tmpdir(), 'm1-output-'));
  const options = { A: 'Aspirin', B: 'Metformin', C: 'Insulin', D: 'Heparin' };
  const items = [0, 1, 2].map((i) => ({ question: `Which drug for case ${i}?`, options, answer: 'Metformin', answer_idx: 'B', source: i === 2 ? 'NEJM' : 'MedQA_USLME_test' }));
  const versions: [string, number, number, string[], boolean[]][] = [
    ['version_0', 256, 0, ['A', 'B', 'C'], [false, true, true]],
    ['version_1', 1024, 0, ['B', 'B', 'C'], [true, true, false]],
    ['version_2', 1024, 1, ['B', 'A', 'D'], [true, false, false]],
  ];
  for (const [name, budget, rounds, answers, verdicts] of versions) {
    const dir = path.join(root, name === 'version_2' ? 'second' : 'first', 'runs', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'config.yaml'), `max_new_tokens: ${budget}\nkeep_think_below_budget_times: ${rounds}\noutput_name: eval\n`);
    const thinking = rounds ? 'First thoughts.\nWait, more.\n' : 'First thoughts.\n';
    const results = items.map((it, i) => ({ ...it, thinking_text: thinking, thinking_finish_reason: 'stop', response_text: `<|im_start|>answer\\boxed{${answers[i]}}`, num_gen_tokens: 30, num_keep_think_below_budget: rounds }));
    writeFileSync(path.join(dir, 'eval.json'), JSON.stringify(results, null, 2));
    // JSON Lines despite the name, the last record indented over several lines.
    const scored = items.map((it, i) => JSON.stringify({ question: it.question, correct: verdicts[i], source: it.source }, null, i === 2 ? 2 : undefined));
    writeFileSync(path.join(dir, 'eval.scored.json'), `${scored.join('\n')}\n`);
    writeFileSync(path.join(dir, 'metrics.json'), '{}');
  }
  return [path.join(root, 'first', 'runs'), path.join(root, 'second', 'runs')];
}

test('many m1 version folders import at once as one study, keeping file verdicts and flagging disagreements', async ({ page }) => {
  await openImport(page);
  const [firstDir, secondDir] = m1Dirs();
  await page.getByTestId('import-folder').setInputFiles(firstDir);
  await expect(page.getByTestId('import-kind')).toHaveValue('m1-folders');
  await expect(page.getByTestId('import-file-count')).toContainText('2 version folders');
  // A second folder of the same name adds to the first.
  await expect(page.getByTestId('import-choose-folder')).toHaveText('Add a folder…');
  await page.getByTestId('import-folder').setInputFiles(secondDir);
  await expect(page.getByTestId('import-file-count')).toContainText('3 version folders');
  await finishImport(page);
  await expect(page.getByTestId('question-count')).toHaveText('3 questions');
  const first = page.getByTestId('question-row').first().getByTestId('ladder-cell');
  await expect(first).toHaveCount(3);
  expect(await first.evaluateAll((els) => els.map((e) => [e.getAttribute('data-condition'), e.getAttribute('data-outcome')]))).toEqual([
    ['b256.r0', 'wrong'],
    ['b1024.r0', 'correct'],
    ['b1024.r1', 'correct'],
  ]);
  // version_0 says q0 is wrong (agrees); q2: version_0 says correct for C (disagrees), version_1 says wrong for C (agrees) …
  await expect(page.getByTestId('disagreement-count')).toHaveText('1 verdict disagreement');
  await page.getByTestId('disagreement-filter').check();
  await expect(page.getByTestId('question-count')).toHaveText('1 of 3 questions');
});

test('JSON Lines records import after the field-mapping step', async ({ page }) => {
  const records = [
    { doc: { q: 'Best drug?', choices: ['Aspirin', 'Metformin'], gold: 'B' }, bench: 'MedQA', out: '\\boxed{B}', rounds: 0 },
    { doc: { q: 'Best drug?', choices: ['Aspirin', 'Metformin'], gold: 'B' }, bench: 'MedQA', out: '\\boxed{A}', rounds: 1 },
    { doc: { q: 'Other drug?', choices: ['Aspirin', 'Metformin'], gold: 'A' }, bench: 'NEJM', out: 'no box here', rounds: 0 },
  ];
  await openImport(page);
  await page.getByTestId('import-files').setInputFiles({ name: 'samples.jsonl', mimeType: 'application/json', buffer: Buffer.from(records.map((r) => JSON.stringify(r)).join('\n')) });
  await expect(page.getByTestId('import-kind')).toHaveValue('records');
  await expect(page.getByTestId('field-mapping')).toBeVisible();
  // Guessed: options (doc.choices) and rounds; the rest is mapped by hand.
  await expect(page.getByTestId('mapping-options')).toHaveValue('doc.choices');
  await expect(page.getByTestId('import-start')).toBeDisabled();
  await page.getByTestId('mapping-question').selectOption('doc.q');
  await page.getByTestId('mapping-answerIdx').selectOption('doc.gold');
  await page.getByTestId('mapping-source').selectOption('bench');
  await page.getByTestId('mapping-response').selectOption('out');
  await page.getByTestId('mapping-budget').selectOption('=');
  await page.getByTestId('mapping-budget-value').fill('2048');
  await page.getByTestId('import-title').fill('Mapped records');
  await finishImport(page);
  await expect(page.getByTestId('study-title')).toHaveText('Mapped records');
  await expect(page.getByTestId('question-count')).toHaveText('2 questions');
  const cells = page.getByTestId('question-row').first().getByTestId('ladder-cell');
  expect(await cells.evaluateAll((els) => els.map((e) => [e.getAttribute('data-condition'), e.getAttribute('data-outcome')]))).toEqual([
    ['b2048.r0', 'correct'],
    ['b2048.r1', 'wrong'],
  ]);
});

test('eval data alone becomes a study of questions to run; runs added later fill it and a saved query re-evaluates', async ({ page }) => {
  const evalData = { MedQA_USLME_test: [0, 1, 2, 3].map((i) => benchQuestion(i * 10, 3).item).map((it) => ({ question: it.question, options: it.options, answer: it.answer, answer_idx: it.answerIdx })) };
  await openImport(page);
  await page.getByTestId('import-files').setInputFiles({ name: 'eval.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(evalData)) });
  await expect(page.getByTestId('import-kind')).toHaveValue('eval-data');
  await page.getByTestId('import-title').fill('Questions to run');
  await finishImport(page);
  await expect(page.getByTestId('question-count')).toHaveText('4 questions');
  await expect(page.getByTestId('question-row').first().getByTestId('ladder-cell')).toHaveCount(0);

  // A saved query that matches nothing yet: correct at the largest budget.
  await page.getByTestId('outcome-filter').selectOption('correct');
  await page.getByTestId('save-query').click();
  await page.getByTestId('saved-query-name').fill('correct anywhere');
  await page.getByTestId('saved-query-confirm').click();
  await expect(page.getByTestId('saved-query-select').locator('option', { hasText: 'correct anywhere (0)' })).toHaveCount(1);

  // Runs for the same questions (MedQA_USLME_test #0 … #3 are benchQuestion 0, 10, 20, 30).
  const header = JSON.parse(runLog(0, 'runs').split('\n')[0]);
  const lines = [JSON.stringify(header)];
  for (let i = 0; i < 4; i++) {
    const q = benchQuestion(i * 10, 3);
    q.item.index = i;
    lines.push(JSON.stringify(q));
  }
  await page.getByTestId('import-open').click();
  await page.getByTestId('import-files').setInputFiles({ name: 'runs.jsonl', mimeType: 'application/json', buffer: Buffer.from(lines.join('\n')) });
  await page.getByTestId('import-into').check();
  await finishImport(page);
  await expect(page.getByTestId('study-title')).toHaveText('Questions to run');
  await expect(page.getByTestId('question-count')).toHaveText('4 questions');
  await expect(page.getByTestId('question-row').first().getByTestId('ladder-cell')).toHaveCount(13);
  const option = page.getByTestId('saved-query-select').locator('option', { hasText: 'correct anywhere' });
  await expect(option).not.toHaveText('correct anywhere (0)');
  await page.getByTestId('saved-query-select').selectOption({ label: (await option.textContent())! });
  await expect(page.getByTestId('question-row').first()).toBeVisible();
});

test('a cancelled import stores nothing; a damaged file names its line and field', async ({ page }) => {
  await openImport(page);
  await page.getByTestId('import-files').setInputFiles({ name: 'big.jsonl', mimeType: 'application/json', buffer: Buffer.from(runLog(3000, 'Never stored')) });
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-cancelled')).toHaveText('Import cancelled; nothing was stored.');

  const lines = runLog(3, 'Damaged').split('\n');
  const bad = JSON.parse(lines[2]);
  bad.conditions[0].cut.chars = -1;
  lines[2] = JSON.stringify(bad);
  await page.getByTestId('import-files').setInputFiles({ name: 'damaged.jsonl', mimeType: 'application/json', buffer: Buffer.from(lines.join('\n')) });
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-error')).toContainText('damaged.jsonl:3: field conditions.0.cut.chars');
  await page.getByTestId('import-close').click();
  await page.reload();
  await expect(page.getByTestId('question-row').first()).toBeVisible();
  // Neither file became a study.
  await expect(page.getByTestId('study-title')).toHaveText('Illustrative sample study');
  const studies = await page.getByTestId('study-switcher').locator('option').allTextContents();
  expect(studies.filter((s) => /Never stored|Damaged/.test(s))).toEqual([]);
});
