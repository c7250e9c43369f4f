/**
 * The model manager in browser mode: open a local GGUF and see its metadata, the backend,
 * memory and fit; a missing file is explained; a download fails clearly offline.
 */
import { expect, test } from '@playwright/test';
import { tinyModel } from './shell-fixtures';

let model: string;
test.beforeAll(async () => {
  model = await tinyModel();
});

test('opening the tiny model shows its metadata and the CPU backend', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('nav-models').click();
  await expect(page).toHaveURL(/#\/models$/);
  await page.getByTestId('model-path').fill(model);
  await page.getByTestId('model-gpu').selectOption('cpu');
  await page.getByTestId('model-open').click();
  await expect(page.getByTestId('model-report')).toBeVisible();
  await expect(page.getByTestId('model-architecture')).toHaveText('qwen2');
  await expect(page.getByTestId('model-train-context')).toHaveText('32768');
  await expect(page.getByTestId('model-backend')).toHaveText(/^CPU/);
  await expect(page.getByTestId('model-fits')).toHaveText('yes');
  await expect(page.getByTestId('model-gpu-layers')).toContainText('context');
  // It is remembered for the next visit.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Recent models' })).toContainText(model);
});

test('a missing model file is explained', async ({ page }) => {
  await page.goto('/#/models');
  await page.getByTestId('model-path').fill('/no/such/model.gguf');
  await page.getByTestId('model-open').click();
  await expect(page.getByTestId('model-error')).toHaveText('/no/such/model.gguf: no such file');
  await expect(page.getByTestId('model-report')).toHaveCount(0);
});

test('a Hugging Face download fails with a clear message offline', async ({ page }) => {
  await page.goto('/#/models');
  await page.getByTestId('download-uri').fill('hf:example/m1-7B-23K-GGUF/m1-7B-23K.Q4_K_M.gguf');
  await page.getByTestId('download-start').click();
  const row = page.getByTestId('download').filter({ hasText: 'hf:example/m1-7B-23K-GGUF/m1-7B-23K.Q4_K_M.gguf' }).first();
  await expect(row).toHaveAttribute('data-state', 'error', { timeout: 30_000 });
  await expect(row.getByTestId('download-error')).toContainText('network is not reachable');
});
