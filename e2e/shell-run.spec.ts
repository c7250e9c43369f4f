/**
 * Running a sweep from the app in browser mode, on the tiny model and a tiny eval file:
 * tokens stream into the live view, cancel keeps the finished questions (they are in the
 * study already), resume finishes the run, and the study then has every question.
 */
import { expect, test } from '@playwright/test';
import { TINY_EVAL, tinyModel } from './shell-fixtures';

let model: string;
test.beforeAll(async () => {
  model = await tinyModel();
});

test('start, watch tokens stream, cancel, resume, and review the study', async ({ page }) => {
  test.setTimeout(300_000);
  const title = `Shell run ${Date.now()}`;
  await page.goto('/');
  await page.getByTestId('nav-run').click();
  await expect(page).toHaveURL(/#\/run$/);
  await page.getByTestId('run-title').fill(title);
  await page.getByTestId('run-model').fill(model);
  await page.getByTestId('run-data').fill(TINY_EVAL);
  await page.getByTestId('run-load-sources').click();
  await expect(page.getByTestId('run-sources')).toContainText('MedQA_USLME_test (3)');
  await page.getByTestId('run-sample-size').fill('4');
  await page.getByTestId('run-budgets').fill('48, 96');
  await page.getByTestId('run-rounds').fill('0, 1');
  await page.getByTestId('run-gpu').selectOption('cpu');
  // Two threads make the tiny model slow enough to watch.
  await page.getByTestId('run-threads').fill('2');
  await page.getByTestId('run-start').click();

  const row = page.getByTestId('run-row').filter({ hasText: title });
  await expect(row).toHaveAttribute('data-state', /starting|running/);
  await expect(page.getByTestId('active-run')).toBeVisible();
  // Tokens stream in: the live view grows while the run goes on.
  const live = page.getByTestId('live-trace');
  await expect(live).not.toBeEmpty({ timeout: 60_000 });
  const first = (await live.textContent())!.length;
  await expect.poll(async () => (await live.textContent())!.length, { timeout: 30_000 }).toBeGreaterThan(first);
  await expect(page.getByTestId('live-question')).toHaveText(/#\d+$/);

  // After the first finished question, cancel.
  await expect(row.getByTestId('run-progress')).toHaveText(/^[1-3]\/4 questions/, { timeout: 90_000 });
  await row.getByTestId('run-cancel').click();
  await expect(row).toHaveAttribute('data-state', 'cancelled');
  const doneText = (await row.getByTestId('run-progress').textContent())!;
  const done = Number(/^(\d+)\/4/.exec(doneText)![1]);
  expect(done).toBeGreaterThanOrEqual(1);
  expect(done).toBeLessThan(4);

  // The finished questions are already a study.
  await row.getByTestId('run-open-study').click();
  await expect(page.getByTestId('study-title')).toHaveText(title);
  await expect(page.getByTestId('question-row')).toHaveCount(done);

  // Resume from the run log; the run finishes with every question once.
  await page.getByTestId('nav-run').click();
  await row.getByTestId('run-resume').click();
  await expect(row).toHaveAttribute('data-state', 'finished', { timeout: 180_000 });
  await expect(row.getByTestId('run-progress')).toHaveText(/^4\/4 questions/);
  await row.getByTestId('run-open-study').click();
  await expect(page.getByTestId('study-title')).toHaveText(title);
  await expect(page.getByTestId('question-row')).toHaveCount(4);
});

test('a run with a missing model is refused with the reason, and nothing is created', async ({ page }) => {
  await page.goto('/#/run');
  await page.getByTestId('run-title').fill('Refused run');
  await page.getByTestId('run-model').fill('/no/such/model.gguf');
  await page.getByTestId('run-data').fill(TINY_EVAL);
  await page.getByTestId('run-budgets').fill('16');
  await page.getByTestId('run-rounds').fill('0');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-error')).toHaveText('/no/such/model.gguf: no such file');
  await expect(page.getByTestId('run-row').filter({ hasText: 'Refused run' })).toHaveCount(0);
});
