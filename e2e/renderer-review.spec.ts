import { expect, test, type Page } from '@playwright/test';
import { trackForeignRequests } from './offline-guard';

/**
 * The review screens against the bundled sample study: illustrative label, question list with
 * ladder strips, question view with the Monaco diff, hash routing, keyboard, tags that survive a
 * reload, and the database's version 1 → 2 upgrade.
 */

const OUTCOMES = ['correct', 'wrong', 'no-answer', 'extraction-failed', 'thinking-only'];

async function openList(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('question-row').first()).toBeVisible();
}

test('lists the sample study with its illustrative label and ladder strips', async ({ page }) => {
  const foreign = trackForeignRequests(page);
  await openList(page);
  await expect(page).toHaveURL(/#\/study\/sample$/);
  await expect(page.locator('.app-header__name')).toHaveText('m1 Workbench');
  await expect(page.getByTestId('illustrative-label')).toHaveText('Illustrative sample, written by hand, not model output');
  await expect(page.getByTestId('outcome-legend')).toBeVisible();

  const rows = page.getByTestId('question-row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const cells = rows.nth(i).getByTestId('ladder-cell');
    const ids = await cells.evaluateAll((els) => els.map((e) => e.getAttribute('data-condition') ?? ''));
    expect(ids.length).toBeGreaterThan(1);
    // Ladder order: budget, then rounds.
    const parsed = ids.map((id) => {
      const m = /^b(\d+)\.r(\d+)$/.exec(id);
      expect(m, id).not.toBeNull();
      return [Number(m![1]), Number(m![2])];
    });
    const sorted = [...parsed].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(parsed).toEqual(sorted);
    const outcomes = await cells.evaluateAll((els) => els.map((e) => e.getAttribute('data-outcome')));
    for (const o of outcomes) expect(OUTCOMES).toContain(o);
  }
  expect(foreign).toEqual([]);
});

test('opens a question with the diff editor, keeps the place on reload, moves with j/k and Escape', async ({ page }) => {
  const foreign = trackForeignRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openList(page);
  const rows = page.getByTestId('question-row');
  const firstKey = await rows.first().getAttribute('data-key');
  const secondKey = (await rows.count()) > 1 ? await rows.nth(1).getAttribute('data-key') : null;
  await rows.first().click();

  const view = page.getByTestId('question-view');
  await expect(view).toBeVisible();
  await expect(view).toHaveAttribute('data-key', firstKey!);
  await expect(page).toHaveURL(new RegExp(`#/study/sample/q/${encodeURIComponent(firstKey!)}$`));
  await expect(page.locator('[data-testid=diff-editor] .monaco-diff-editor')).toBeVisible();
  await expect(page.locator('[data-testid=diff-editor] .editor.original .view-lines')).not.toBeEmpty();
  await expect(page.locator('[data-testid=option][data-gold]')).toHaveCount(1);
  const left = await page.getByTestId('condition-picker-left').inputValue();
  const right = await page.getByTestId('condition-picker-right').inputValue();
  expect(left).toMatch(/^b\d+\.r\d+$/);
  expect(right).toMatch(/^b\d+\.r\d+$/);

  // Choosing conditions goes into the URL and survives a reload.
  const options = await page.getByTestId('condition-picker-right').locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
  const other = options.find((o) => o !== right)!;
  await page.getByTestId('condition-picker-right').selectOption(other);
  await expect(page).toHaveURL(new RegExp(`r=${other.replace('.', '\\.')}`));
  await page.reload();
  await expect(page.getByTestId('question-view')).toHaveAttribute('data-key', firstKey!);
  await expect(page.getByTestId('condition-picker-right')).toHaveValue(other);
  await expect(page.locator('[data-testid=diff-editor] .monaco-diff-editor')).toBeVisible();

  if (secondKey) {
    await page.locator('.question-view__nav').click();
    await page.keyboard.press('j');
    await expect(page.getByTestId('question-view')).toHaveAttribute('data-key', secondKey);
    await page.keyboard.press('k');
    await expect(page.getByTestId('question-view')).toHaveAttribute('data-key', firstKey!);
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('study-screen')).toBeVisible();
  await expect(page.locator('.question-row--selected')).toHaveAttribute('data-key', firstKey!);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('a tag survives a reload', async ({ page }) => {
  await openList(page);
  await page.getByTestId('question-row').first().click();
  const label = `e2e tag ${Date.now()}`;
  await page.getByTestId('annotation-label').fill(label);
  await page.getByTestId('annotation-note').fill('written by the review test');
  await page.getByTestId('annotation-add').click();
  await expect(page.getByTestId('annotation').filter({ hasText: label })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('annotation').filter({ hasText: label })).toBeVisible();
  await page.getByRole('button', { name: `Delete tag ${label}` }).click();
  await expect(page.getByTestId('annotation').filter({ hasText: label })).toHaveCount(0);
});

test('a version 1 database is upgraded: its questions get list rows', async ({ page }) => {
  // A blank page on the app's origin, to write a version 1 database before the app opens it.
  await page.route('**/blank-for-upgrade', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto('/blank-for-upgrade');
  await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const del = indexedDB.deleteDatabase('m1-workbench');
      del.onsuccess = () => resolve();
      del.onerror = () => reject(del.error);
    });
    // Dexie stores schema version N as IndexedDB version N * 10.
    const open = indexedDB.open('m1-workbench', 10);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('studies', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      const q = db.createObjectStore('questions', { keyPath: ['studyId', 'key'] });
      q.createIndex('studyId', 'studyId');
      q.createIndex('source', 'source');
      const a = db.createObjectStore('annotations', { keyPath: 'id' });
      a.createIndex('studyId', 'studyId');
      a.createIndex('[studyId+questionKey]', ['studyId', 'questionKey']);
      a.createIndex('label', 'label');
      a.createIndex('createdAt', 'createdAt');
      db.createObjectStore('meta', { keyPath: 'key' });
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['studies', 'questions'], 'readwrite');
    const header = { type: 'header', format: 'm1wb.runlog', version: 1, title: 'Legacy study', model: { file: 'm.gguf' }, preset: { name: 'm1' }, grid: { budgets: [128], rounds: [0] }, mode: 'imported', budgetPolicy: 'strict', engine: { name: 'x' }, startedAt: '2025-01-01T00:00:00Z' };
    tx.objectStore('studies').put({ id: 'legacy', title: 'Legacy study', illustrative: false, header, conditions: ['b128.r0'], sources: ['NEJM'], questionCount: 1, disagreementCount: 0, fingerprint: 'x', origin: 'legacy.jsonl', createdAt: 1 });
    const grade = { extraction: 'B', matchedLetter: null, rule: 'single-letter', correct: true };
    // Version 1 records had no `order`.
    tx.objectStore('questions').put({
      studyId: 'legacy',
      key: 'NEJM#7',
      source: 'NEJM',
      item: { source: 'NEJM', index: 7, question: 'Legacy question text?', options: { A: 'x', B: 'y' }, answer: 'y', answerIdx: 'B' },
      trace: { segments: [{ kind: 'think', round: 0, text: 'thinking\n', tokens: 2, finish: 'stop' }] },
      conditions: [{ id: 'b128.r0', condition: { budget: 128, rounds: 0 }, cut: { tokens: 2, chars: 9 }, roundsDone: 0, thinkingFinish: 'stop', answerPrefix: '<|im_start|>answer', answerText: '\\boxed{B}', tokens: { thinking: 2, answer: 4 }, grade, outcome: 'correct', disagrees: false }],
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.unroute('**/blank-for-upgrade');
  await page.goto('/#/study/legacy');
  const row = page.getByTestId('question-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-key', 'NEJM#7');
  await expect(row.getByTestId('ladder-cell')).toHaveAttribute('data-outcome', 'correct');
  await expect(page.getByTestId('illustrative-label')).toHaveCount(0);
  await row.click();
  await expect(page.getByTestId('question-text')).toHaveText('Legacy question text?');
});
