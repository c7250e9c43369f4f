import { expect, test, type Page } from '@playwright/test';

/**
 * The study overview on the bundled sample: accuracy charts against budget and rounds with a
 * line per source and the mean of sources, tokens per condition, the flip matrix between any
 * two conditions with cells that open their questions, and the transitions along the ladder.
 */

async function openOverview(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('question-row').first()).toBeVisible();
  await page.getByTestId('tab-overview').click();
  await expect(page).toHaveURL(/#\/study\/sample\/overview$/);
  await expect(page.getByTestId('study-overview')).toBeVisible();
}

async function ladderOutcomes(page: Page, condition: string): Promise<(string | null)[]> {
  return page.getByTestId('question-row').evaluateAll(
    (rows, id) => rows.map((r) => r.querySelector(`[data-testid=ladder-cell][data-condition="${id}"]`)?.getAttribute('data-outcome') ?? null),
    condition,
  );
}

test('charts accuracy against budget and rounds per source with the mean, and tokens per condition', async ({ page }) => {
  await openOverview(page);
  const budget = page.getByTestId('accuracy-budget-chart');
  // One line per source plus the mean of sources; error bars for the Wilson intervals.
  await expect(budget.locator('[data-series="Mean of sources"] circle').first()).toBeVisible();
  const seriesCount = await budget.locator('g[data-series]').count();
  expect(seriesCount).toBeGreaterThan(2);
  const tip = await budget.locator('[data-series="Mean of sources"] circle title').first().textContent();
  expect(tip).toMatch(/Mean of sources · b\d+\.r0: \d+\.\d% \(\d+\/\d+\), 95% CI \d+\.\d–\d+\.\d%/);
  await expect(budget.locator('line.chart__error').first()).toBeAttached();
  await expect(page.getByTestId('accuracy-rounds-chart')).toContainText('forcing rounds');
  await expect(page.getByTestId('tokens-chart').locator('rect.chart__bar')).toHaveCount(await page.getByTestId('flip-from').locator('option').count());
  // The legend hides a series.
  await budget.getByRole('button', { name: 'Mean of sources' }).click();
  await expect(budget.locator('[data-series="Mean of sources"]')).toHaveCount(0);
});

test('the flip matrix between two conditions opens each cell as a filtered question list', async ({ page }) => {
  await openOverview(page);
  const ladder = await page.getByTestId('flip-from').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const from = ladder[0];
  const to = ladder[ladder.length - 1];
  await page.getByTestId('flip-from').selectOption(from);
  await page.getByTestId('flip-to').selectOption(to);
  const matrix = page.getByTestId('flip-matrix');
  const counts = await matrix.locator('.flip-grid__count').allTextContents();
  expect(counts.reduce((s, c) => s + Number(c), 0)).toBe(14);

  const cell = matrix.getByTestId('flip-cell-correct→wrong');
  const n = Number(await cell.locator('.flip-grid__count').textContent());
  expect(n).toBeGreaterThan(0);
  await cell.click();
  await expect(page).toHaveURL(/#\/study\/sample$/);
  await expect(page.getByTestId('question-count')).toHaveText(`${n} of 14 questions`);
  await expect(page.getByTestId('flip-filter-kind')).toHaveValue('correct→wrong');
  expect(await ladderOutcomes(page, from)).toEqual(Array(n).fill('correct'));
  for (const o of await ladderOutcomes(page, to)) expect(['wrong', 'extraction-failed', 'thinking-only']).toContain(o);

  // Back to the overview, another pair: the matrix follows.
  await page.getByTestId('tab-overview').click();
  await page.getByTestId('flip-from').selectOption(ladder[1]);
  await expect(matrix.locator('.flip-grid__count').first()).toBeVisible();
  const again = await matrix.locator('.flip-grid__count').allTextContents();
  expect(again.reduce((s, c) => s + Number(c), 0)).toBe(14);
});

test('the ladder transitions show every adjacent step; a segment opens its questions', async ({ page }) => {
  await openOverview(page);
  const rows = page.getByTestId('ladder-transitions').locator('.transitions__row');
  expect(await rows.count()).toBeGreaterThan(3);
  const first = rows.first();
  const step = (await first.getAttribute('data-step'))!;
  const [from, to] = step.split('-');
  const segment = first.locator('.transitions__segment').first();
  const title = (await segment.getAttribute('title'))!;
  const n = Number(title.split(': ').pop());
  await segment.click();
  await expect(page.getByTestId('question-count')).toHaveText(`${n} of 14 questions`);
  await expect(page.getByTestId('flip-filter-from')).toHaveValue(from);
  await expect(page.getByTestId('flip-filter-to')).toHaveValue(to);
});
