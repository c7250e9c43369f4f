import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

/**
 * Export of labelled error sets (JSON Lines per question × condition and per question, CSV
 * summary, Hugging Face datasets folder as a zip) and the round trip: delete the study's
 * annotations, restore them from the export, and get identical annotations back.
 */

interface StoredTag {
  id: string;
  [field: string]: unknown;
}

/** Every annotation in the app's IndexedDB, sorted by id. */
async function readAnnotations(page: Page): Promise<StoredTag[]> {
  const all = await page.evaluate(
    () =>
      new Promise<StoredTag[]>((resolve, reject) => {
        const open = indexedDB.open('m1-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('annotations').objectStore('annotations').getAll();
          req.onsuccess = () => {
            resolve(req.result as StoredTag[]);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
  return all.sort((a, b) => a.id.localeCompare(b.id));
}

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return path;
}

test('exports JSON Lines, a CSV summary and a datasets folder; restoring the export gives identical annotations', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const q0 = 'MedQA_USLME_test#0';
  await page.goto(`/#/study/sample/q/${encodeURIComponent(q0)}?l=b128.r0&r=b2048.r4`);
  await expect(page.locator('[data-testid=diff-editor] .editor.modified .view-lines')).not.toBeEmpty();
  await page.locator('.question-view__position').click();
  await page.keyboard.press('1');
  await page.keyboard.press('c');
  await page.keyboard.press('s');
  await page.keyboard.press('n');
  await page.keyboard.type('A note with "quotes", commas, and\na second line.');
  await page.locator('.question-view__position').click();
  await page.locator('[data-testid=diff-editor] .editor.modified .view-line').first().dblclick();
  await page.keyboard.press('4');
  await expect(page.locator('[data-testid=annotation]')).toHaveCount(2);
  await expect(page.getByTestId('star-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('annotator-input').fill('ben');
  await page.getByTestId('annotator-input').press('Enter');
  await page.locator('.question-view__position').click();
  await page.keyboard.press('j');
  // Label keys act on the question on screen: wait until the next one has loaded.
  await expect(page.getByTestId('question-view')).toHaveAttribute('data-key', 'MedMCQA_validation#0');
  await expect(page.getByRole('region', { name: 'Question' })).toContainText('MedMCQA_validation');
  await expect(page.getByTestId('annotator-input')).toHaveValue('ben');
  await page.keyboard.press('7');
  await expect(page.locator('[data-testid=annotation]').filter({ hasText: 'ben' })).toHaveCount(1);

  const before = await readAnnotations(page);
  expect(before).toHaveLength(6);

  await page.getByTestId('review-link-export').click();
  await page.getByTestId('export-scope').selectOption('all');
  await page.getByTestId('export-from').selectOption('b128.r0');
  await page.getByTestId('export-to').selectOption('b2048.r4');

  // One record per question × condition.
  const conditionsFile = await download(page, 'export-jsonl');
  const lines = readFileSync(conditionsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines).toHaveLength(14 * 9);
  const first = lines.find((l) => l.question_key === q0 && (l.condition as { id: string }).id === 'b2048.r4')!;
  for (const field of ['question', 'options', 'gold', 'model_answer', 'trace', 'flip', 'outcome', 'labels', 'notes', 'annotators', 'provenance', 'annotations']) {
    expect(first, field).toHaveProperty(field);
  }
  expect(first.flip).toMatchObject({ from: 'b128.r0', to: 'b2048.r4', decision: 'confirmed' });
  expect(first.notes).toEqual([{ annotator: 'reviewer', text: 'A note with "quotes", commas, and\na second line.' }]);
  expect((first.labels as { label: string; span: unknown }[]).some((l) => l.label === 'incomplete differential' && l.span !== null)).toBe(true);
  expect(first.provenance).toMatchObject({ protocol_preset: 'm1', illustrative: true });

  // One record per question.
  await page.getByTestId('export-granularity').selectOption('question');
  const questionsFile = await download(page, 'export-jsonl');
  expect(readFileSync(questionsFile, 'utf8').trim().split('\n')).toHaveLength(14);

  // CSV summary.
  const csv = readFileSync(await download(page, 'export-csv'), 'utf8');
  expect(csv.split('\n')[0]).toContain('outcome_b2048.r4');
  expect(csv).toContain('"reviewer: A note with ""quotes"", commas, and\na second line."');

  // The datasets folder as a zip.
  const zip = unzipSync(new Uint8Array(readFileSync(await download(page, 'export-zip'))));
  const names = Object.keys(zip).sort();
  expect(names.map((n) => n.replace(/^[^/]+\//, ''))).toEqual(['README.md', 'data/conditions.jsonl', 'data/questions.jsonl', 'summary.csv']);
  const card = strFromU8(zip[names[0]]);
  expect(card).toMatch(/^---\n/);
  expect(card).toContain('config_name: conditions');
  expect(card).toContain('| missing fact |');

  // Round trip: delete every annotation, restore from the per-condition export.
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('clear-annotations').click();
  await expect(page.getByTestId('export-message')).toHaveText('Deleted 6 annotations.');
  expect(await readAnnotations(page)).toEqual([]);
  await page.getByTestId('import-annotations').setInputFiles(conditionsFile);
  await expect(page.getByTestId('export-message')).toContainText('Restored 6 annotations');
  expect(await readAnnotations(page)).toEqual(before);

  // And from the per-question export, on top: still identical (restoring is idempotent).
  await page.getByTestId('import-annotations').setInputFiles(questionsFile);
  await expect(page.getByTestId('export-message')).toContainText('Restored 6 annotations');
  expect(await readAnnotations(page)).toEqual(before);

  // A broken file is refused with its line and field named, and nothing changes.
  await page.getByTestId('import-annotations').setInputFiles({ name: 'broken.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from('{"annotations":[]}\n{"annotations":[{"id":"x"}]}\n') });
  await expect(page.getByTestId('export-message')).toContainText('broken.jsonl:2: field annotations[0].studyId');
  expect(await readAnnotations(page)).toEqual(before);
  expect(errors).toEqual([]);
});
