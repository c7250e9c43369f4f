import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/** Opening a run-log file from disk: a good one becomes a study, a damaged one is reported. */

function sampleLines(): string[] {
  return readFileSync(path.resolve('resources/sample-study.jsonl'), 'utf8').trim().split('\n');
}

test('a run-log file opens as its own study', async ({ page }) => {
  const [first, ...records] = sampleLines();
  const header = { ...JSON.parse(first), title: 'Opened run log', illustrative: false, mode: 'imported' };
  const text = [JSON.stringify(header), ...records.slice(0, 2)].join('\n') + '\n';
  await page.goto('/');
  await expect(page.getByTestId('question-row').first()).toBeVisible();
  await page.getByTestId('run-log-file').setInputFiles({ name: 'opened.jsonl', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('study-title')).toHaveText('Opened run log');
  await expect(page).toHaveURL(/#\/study\/run-[0-9a-f-]+$/);
  await expect(page.getByTestId('question-row')).toHaveCount(2);
  await expect(page.getByTestId('illustrative-label')).toHaveCount(0);
  // Both studies are listed; switching back shows the sample again.
  await page.getByTestId('study-switcher').selectOption('sample');
  await expect(page.getByTestId('illustrative-label')).toBeVisible();
});

test('a damaged run-log file is reported with its line and field, and nothing is stored', async ({ page }) => {
  const [first, second] = sampleLines();
  const record = JSON.parse(second);
  record.item.answerIdx = 'Z';
  const text = `${first}\n${JSON.stringify(record)}\n`;
  await page.goto('/');
  await expect(page.getByTestId('question-row').first()).toBeVisible();
  await page.getByTestId('run-log-file').setInputFiles({ name: 'damaged.jsonl', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('error-banner')).toContainText('damaged.jsonl:2: field item.answerIdx');
  await expect(page).toHaveURL(/#\/study\/sample$/);
  // The switcher appears once there are two studies: the sample must still be the only one.
  await page.reload();
  await expect(page.getByTestId('question-row').first()).toBeVisible();
  await expect(page.getByTestId('study-switcher')).toHaveCount(0);
});
