import { expect, test, type Page } from '@playwright/test';

/**
 * The question list's query on the bundled sample: source, outcome state, flip pattern, tag and
 * annotator filters, regular-expression search in questions and traces, sorting, and saved
 * queries that survive a reload.
 */

async function openList(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('question-row').first()).toBeVisible();
}

const count = (page: Page) => page.getByTestId('question-count');

async function shownCount(page: Page): Promise<number> {
  await expect(count(page)).toHaveAttribute('aria-busy', 'false');
  const text = (await count(page).textContent())!;
  return Number(/^(\d+)/.exec(text)![1]);
}

test('filters by source, outcome state and flip pattern, and sorts', async ({ page }) => {
  await openList(page);
  await expect(count(page)).toHaveText('14 questions');
  const sources = await page.getByTestId('source-filter').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  await page.getByTestId('source-filter').selectOption(sources[0]);
  const inSource = await shownCount(page);
  expect(inSource).toBeLessThan(14);
  for (const s of await page.getByTestId('question-row').locator('.question-row__source').allTextContents()) expect(s).toBe(sources[0]);
  await page.getByTestId('clear-query').click();
  await expect(count(page)).toHaveText('14 questions');

  // Outcome state under one condition.
  const ladder = await page.getByTestId('flip-filter-from').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  await page.getByTestId('outcome-filter').selectOption('wrong');
  await page.getByTestId('outcome-condition').selectOption(ladder[0]);
  const wrongFirst = await shownCount(page);
  expect(wrongFirst).toBeGreaterThan(0);
  const cells = await page.getByTestId('question-row').evaluateAll((rows, id) => rows.map((r) => r.querySelector(`[data-condition="${id}"]`)?.getAttribute('data-outcome')), ladder[0]);
  expect(new Set(cells)).toEqual(new Set(['wrong']));
  await page.getByTestId('clear-query').click();

  // Flip pattern: wrong → correct from the first to the last condition.
  await page.getByTestId('flip-filter-from').selectOption(ladder[0]);
  await page.getByTestId('flip-filter-to').selectOption(ladder[ladder.length - 1]);
  await page.getByTestId('flip-filter-kind').selectOption('wrong→correct');
  const rescued = await shownCount(page);
  const outcomes = await page.getByTestId('question-row').evaluateAll(
    (rows, [a, b]) => rows.map((r) => [r.querySelector(`[data-condition="${a}"]`)?.getAttribute('data-outcome'), r.querySelector(`[data-condition="${b}"]`)?.getAttribute('data-outcome')]),
    [ladder[0], ladder[ladder.length - 1]],
  );
  expect(outcomes).toHaveLength(rescued);
  for (const [a, b] of outcomes) {
    expect(a).not.toBe('correct');
    expect(a).not.toBe('no-answer');
    expect(b).toBe('correct');
  }
  await page.getByTestId('clear-query').click();

  // Sorting by changes along the ladder, most first.
  await page.getByTestId('sort-by').selectOption('changes');
  await page.getByTestId('sort-direction').click();
  const changes = await page.getByTestId('question-row').evaluateAll((rows) =>
    rows.map((r) => {
      const o = [...r.querySelectorAll('[data-testid=ladder-cell]')].map((c) => c.getAttribute('data-outcome'));
      return o.filter((x, i) => i > 0 && x !== o[i - 1]).length;
    }),
  );
  expect(changes).toEqual([...changes].sort((a, b) => b - a));
  expect(changes[0]).toBeGreaterThan(changes[changes.length - 1]);
});

test('regular-expression search looks in questions and in traces, and reports a bad pattern', async ({ page }) => {
  await openList(page);
  await page.getByTestId('text-search').fill('Wait');
  await page.getByTestId('text-scope').selectOption('trace');
  const inTraces = await shownCount(page);
  expect(inTraces).toBeGreaterThan(0);
  await page.getByTestId('text-scope').selectOption('question');
  await expect(count(page)).toHaveText('0 of 14 questions');

  await page.getByTestId('text-search').fill('year-old (man|woman)');
  await expect(count(page)).not.toHaveText('0 of 14 questions');
  const heads = await page.getByTestId('question-row').locator('.question-row__text').allTextContents();
  for (const h of heads) expect(h).toMatch(/year-old (man|woman)/);

  await page.getByTestId('text-search').fill('(unclosed');
  await expect(page.getByTestId('search-error')).toBeVisible();
});

test('tag and annotator filters follow the annotations; a saved query survives a reload', async ({ page }) => {
  await openList(page);
  const keys = await page.getByTestId('question-row').evaluateAll((rows) => rows.slice(0, 3).map((r) => r.getAttribute('data-key')!));
  // Annotations as the tagging screens store them.
  await page.evaluate(async (k) => {
    const open = indexedDB.open('m1-workbench');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('annotations', 'readwrite');
    const store = tx.objectStore('annotations');
    const now = Date.now();
    store.put({ id: 't1', studyId: 'sample', questionKey: k[0], label: 'missing fact', annotator: 'ana', createdAt: now });
    store.put({ id: 't2', studyId: 'sample', questionKey: k[1], label: 'missing fact', annotator: 'ben', createdAt: now });
    store.put({ id: 't3', studyId: 'sample', questionKey: k[2], label: 'looping', annotator: 'ana', createdAt: now });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, keys);
  await page.reload();
  await expect(page.getByTestId('question-row').first()).toBeVisible();
  await page.getByTestId('tag-filter').selectOption('missing fact');
  await expect(count(page)).toHaveText('2 of 14 questions');
  await page.getByTestId('annotator-filter').selectOption('ana');
  await expect(count(page)).toHaveText('1 of 14 questions');
  await expect(page.getByTestId('question-row')).toHaveAttribute('data-key', keys[0]);

  await page.getByTestId('save-query').click();
  await page.getByTestId('saved-query-name').fill('ana on facts');
  await page.getByTestId('saved-query-confirm').click();
  await expect(page.getByTestId('saved-query-select').locator('option', { hasText: 'ana on facts (1)' })).toHaveCount(1);
  await page.reload();
  await expect(count(page)).toHaveText('14 questions');
  await page.getByTestId('saved-query-select').selectOption({ label: 'ana on facts (1)' });
  await expect(count(page)).toHaveText('1 of 14 questions');
  await expect(page.getByTestId('tag-filter')).toHaveValue('missing fact');
});
