import { expect, test, type Page } from '@playwright/test';

/**
 * Review queues from flip-matrix cells (seeded, n per cell) with coverage and resume across a
 * reload; two annotators, Cohen's κ per label and adjudication; the label taxonomy editor.
 */

async function setAnnotator(page: Page, name: string) {
  const input = page.getByTestId('annotator-input');
  await input.fill(name);
  await input.press('Enter');
  await expect(input).toHaveValue(name);
}

/** Opens a question and waits until its data has loaded (label keys act on the question on screen). */
async function openLoaded(page: Page, url: string, key: string) {
  await page.goto(url);
  const [source, index] = key.split('#');
  const region = page.getByRole('region', { name: 'Question' });
  await expect(region).toContainText(source);
  await expect(region).toContainText(`#${index}`);
}

/**
 * Fills the new-queue form: 128 → 4096 tokens, only the correct→correct and wrong→correct cells,
 * two per cell, seed "e2e".
 */
async function createRescueQueue(page: Page, name: string) {
  await page.getByTestId('queue-from').selectOption('b128.r0');
  await page.getByTestId('queue-to').selectOption('b4096.r0');
  for (const row of await page.locator('[data-testid=queue-cells] tbody tr').all()) {
    const cell = await row.getAttribute('data-cell');
    await row.locator('input[type=checkbox]').setChecked(cell === 'correct→correct' || cell === 'wrong→correct');
  }
  await page.getByTestId('queue-n').fill('2');
  await page.getByTestId('queue-seed').fill('e2e');
  await page.getByTestId('queue-name').fill(name);
  await page.getByTestId('queue-create').click();
}

test('a queue drawn from flip-matrix cells is seeded, tracks coverage and resumes where the reviewer left off', async ({ page }) => {
  await page.goto('/#/study/sample/review/queues');
  await expect(page.getByTestId('queues-page')).toBeVisible();
  await createRescueQueue(page, 'rescues');

  const queuePage = page.getByTestId('queue-page');
  await expect(queuePage).toBeVisible();
  const items = page.getByTestId('queue-item');
  await expect(items).toHaveCount(4);
  const keys = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
  // Each item shows its outcome strip across the ladder.
  await expect(items.first().getByTestId('ladder-cell')).toHaveCount(9);
  await expect(page.locator('[data-testid=queue-coverage] tr[data-cell="wrong→correct"] [data-testid=coverage]')).toHaveAttribute('data-total', '2');

  // The same seed draws the same questions.
  await page.getByTestId('review-link-queues').click();
  await createRescueQueue(page, 'again');
  await expect(page.getByTestId('queue-page')).toContainText('again');
  await expect(page.getByTestId('queue-item')).toHaveCount(4);
  expect(await page.getByTestId('queue-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(keys);
  await page.getByTestId('review-link-queues').click();
  await page.locator('[data-testid=queue-row]', { hasText: 'rescues' }).getByRole('button', { name: 'rescues' }).click();

  // Review the first question, move on to the second: the queue remembers the place.
  await page.getByTestId('queue-resume').click();
  await expect(page.getByTestId('question-view')).toHaveAttribute('data-key', keys[0]!);
  await expect(page.getByTestId('queue-context')).toContainText('0/4 reviewed');
  await page.locator('.question-view__position').click();
  await page.keyboard.press('2');
  await expect(page.getByTestId('queue-context')).toContainText('1/4 reviewed');
  await page.keyboard.press('j');
  await expect(page.getByTestId('question-view')).toHaveAttribute('data-key', keys[1]!);
  await expect(page.getByTestId('question-position')).toHaveText('2 / 4');

  await page.reload();
  await expect(page.getByTestId('queue-context')).toContainText('1/4 reviewed');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('queue-page')).toBeVisible();
  await expect(page.locator('[data-testid=queue-page] > .review-form [data-testid=coverage]')).toHaveAttribute('data-done', '1');
  await expect(page.locator(`[data-testid=queue-item][data-key="${keys[0]}"]`)).toHaveAttribute('data-reviewed', 'true');
  await expect(page.getByTestId('queue-resume')).toContainText('Resume at 2 / 4');
  await page.getByTestId('queue-resume').click();
  await expect(page.getByTestId('question-view')).toHaveAttribute('data-key', keys[1]!);
  // u skips to the next question of the queue without labels.
  await page.locator('.question-view__position').click();
  await page.keyboard.press('u');
  await expect(page.getByTestId('question-view')).toHaveAttribute('data-key', keys[2]!);
});

test('two annotators: every annotation records who made it, κ per label, adjudication', async ({ page }) => {
  const q = (key: string) => `/#/study/sample/q/${encodeURIComponent(key)}`;
  const keys = ['MedQA_USLME_test#0', 'MedMCQA_validation#0', 'MMLU-Pro_Medical_test#0'];
  await page.goto(q(keys[0]));
  await setAnnotator(page, 'ana');
  // ana: missing fact (1) on all three, looping (9) on the first.
  for (const [i, key] of keys.entries()) {
    await openLoaded(page, q(key), key);
    await page.locator('.question-view__position').click();
    await page.keyboard.press('1');
    if (i === 0) await page.keyboard.press('9');
    await expect(page.locator('[data-testid=annotation][data-label="missing fact"]')).toHaveCount(1);
  }
  await expect(page.locator('[data-testid=annotation]').first()).toContainText('ana');
  await setAnnotator(page, 'ben');
  // ben: missing fact on the first two only.
  for (const key of keys) {
    await openLoaded(page, q(key), key);
    await page.locator('.question-view__position').click();
    if (key !== keys[2]) await page.keyboard.press('1');
    else await page.keyboard.press('2');
    await expect(page.locator('[data-testid=annotation]').filter({ hasText: 'ben' })).toHaveCount(1);
  }

  await page.getByTestId('review-link-agreement').click();
  await page.getByTestId('agreement-a').selectOption('ana');
  await page.getByTestId('agreement-b').selectOption('ben');
  // missing fact: agree on q0, q1; ana only on q2 → po = 2/3, pe = (1)(2/3) + 0 = 2/3 → κ = 0.
  await expect(page.locator('[data-testid=kappa-row][data-label="missing fact"]')).toHaveAttribute('data-kappa', '0');
  await expect(page.locator('[data-testid=kappa-row][data-label="looping"]')).toBeVisible();
  const disputes = page.getByTestId('disagreement');
  await expect(disputes).toHaveCount(3);
  await page.locator('[data-testid=disagreement][data-label="looping"]').getByTestId('adjudicate-drop').click();
  await expect(disputes).toHaveCount(2);
  await page.reload();
  await expect(page.getByTestId('disagreement')).toHaveCount(2);
});

test('the label taxonomy is editable, validated, and drives the number keys', async ({ page }) => {
  await page.goto('/#/study/sample/review/taxonomy');
  const rows = page.getByTestId('taxonomy-row');
  await expect(rows).toHaveCount(12);
  await rows.nth(1).getByTestId('taxonomy-label-input').fill('Missing Fact');
  await page.getByTestId('taxonomy-save').click();
  await expect(page.getByTestId('taxonomy-message')).toContainText('entry 2, label: "Missing Fact" repeats entry 1');
  await rows.nth(1).getByTestId('taxonomy-label-input').fill('outdated guideline');
  await page.getByTestId('taxonomy-save').click();
  await expect(page.getByTestId('taxonomy-message')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByTestId('taxonomy-row').nth(1).getByTestId('taxonomy-label-input')).toHaveValue('outdated guideline');
  await page.goto(`/#/study/sample/q/${encodeURIComponent('NEJM#0')}`);
  await openLoaded(page, `/#/study/sample/q/${encodeURIComponent('MedQA_USLME_test#0')}`, 'MedQA_USLME_test#0');
  await page.locator('.question-view__position').click();
  await page.keyboard.press('2');
  await expect(page.locator('[data-testid=annotation][data-label="outdated guideline"]')).toHaveCount(1);
  await page.getByTestId('edit-taxonomy').click();
  await page.getByTestId('taxonomy-reset').click();
  await expect(page.getByTestId('taxonomy-row').nth(1).getByTestId('taxonomy-label-input')).toHaveValue('wrong fact recalled');
});
