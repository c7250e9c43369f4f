import { expect, test, type Page } from '@playwright/test';
import { trackForeignRequests } from './offline-guard';

/**
 * The question view as a reviewer uses it on the bundled sample study: the diff with its shared
 * prefix folded and divergence, forcing and cut marks; stepping the compared pair along budgets
 * and rounds; the answer trajectory; labels by key on the question and on a selected span (shown
 * on every condition sharing the prefix); flip tag confirm; star; note; next unlabelled; the
 * cheat sheet; everything kept across a reload.
 */

const Q0 = 'MedQA_USLME_test#0';

async function openQuestion(page: Page, key: string, query = '') {
  await page.goto(`/#/study/sample/q/${encodeURIComponent(key)}${query}`);
  await expect(page.getByTestId('question-view')).toHaveAttribute('data-key', key);
  await expect(page.locator('[data-testid=diff-editor] .editor.modified .view-lines')).not.toBeEmpty();
}

/** Puts the focus outside the editor so the view's keys apply. */
async function focusPage(page: Page) {
  await page.locator('.question-view__position').click();
}

test('marks divergence, forcing strings and cuts; steps budgets and rounds by key; shows the answer trajectory', async ({ page }) => {
  const foreign = trackForeignRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openQuestion(page, Q0, '?l=b2048.r0&r=b2048.r2');

  const divergence = page.getByTestId('divergence');
  await expect(divergence).toHaveAttribute('data-at', '2234');
  await expect(divergence).toContainText('diverges at 2234');
  await expect(page.locator('[data-testid=diff-editor] .deco-diverge').first()).toBeVisible();
  await expect(page.locator('[data-testid=diff-editor] .deco-force').first()).toBeAttached();
  // The shared prefix is folded: the diff hides unchanged lines behind a fold widget.
  await expect(page.locator('[data-testid=diff-editor] .diff-hidden-lines').first()).toBeAttached();
  // Full text on f: no folds left.
  await focusPage(page);
  await page.keyboard.press('f');
  await expect(page.getByTestId('fold-shared')).not.toBeChecked();
  await expect(page.locator('[data-testid=diff-editor] .diff-hidden-lines')).toHaveCount(0);
  // Cuts of the smaller conditions inside the longer thinking, with token counts.
  await expect(page.locator('[data-testid=diff-editor] .editor.modified .deco-mark').first()).toBeAttached();

  // Rounds: "." moves the pair one round up, "," back.
  await page.keyboard.press('.');
  await expect(page).toHaveURL(/l=b2048\.r2&r=b2048\.r4/);
  await page.keyboard.press(',');
  await expect(page).toHaveURL(/l=b2048\.r1&r=b2048\.r2/);
  // Budgets: "]" from 1024 to 2048 at round 0.
  await page.goto(`/#/study/sample/q/${encodeURIComponent(Q0)}?l=b512.r0&r=b1024.r0`);
  await expect(page.getByTestId('condition-picker-right')).toHaveValue('b1024.r0');
  await focusPage(page);
  await page.keyboard.press(']');
  await expect(page.getByTestId('condition-picker-left')).toHaveValue('b1024.r0');
  await expect(page.getByTestId('condition-picker-right')).toHaveValue('b2048.r0');
  await page.keyboard.press('[');
  await expect(page.getByTestId('condition-picker-right')).toHaveValue('b1024.r0');

  // Trajectory on a question whose answer changes after a Wait (b2048.r1 answers A after C).
  await openQuestion(page, 'MedMCQA_validation#0');
  const cuts = page.getByTestId('trajectory-cut');
  await expect(cuts).toHaveCount(9);
  await expect(page.locator('[data-testid=trajectory-cut][data-condition="b2048.r1"]')).toHaveAttribute('data-after-forcing', 'true');
  await expect(page.locator('[data-testid=trajectory-cut][data-changed=true]').first()).toBeVisible();
  await expect(page.getByTestId('trajectory-mention').first()).toBeVisible();

  // Cheat sheet on ?, closed with Escape (which then does not leave the question).
  await focusPage(page);
  await page.keyboard.press('?');
  await expect(page.getByTestId('cheat-sheet')).toBeVisible();
  await expect(page.getByTestId('cheat-sheet')).toContainText('confirm / reject the flip tag');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('cheat-sheet')).toHaveCount(0);
  await expect(page.getByTestId('question-view')).toBeVisible();
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('labels by key, span labels shared across conditions, flip tag, star and note survive a reload', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openQuestion(page, Q0, '?l=b128.r0&r=b2048.r4');
  await focusPage(page);

  // 1 toggles the first taxonomy label on the question.
  await page.keyboard.press('1');
  const first = page.locator('[data-testid=taxonomy-label][data-label="missing fact"]');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  // c confirms the suggested flip tag; s stars.
  const flip = page.getByTestId('flip-tag');
  await expect(flip).toHaveAttribute('data-kind', 'stable');
  await page.keyboard.press('c');
  await expect(flip).toHaveAttribute('data-decision', 'confirmed');
  await page.keyboard.press('s');
  await expect(page.getByTestId('star-toggle')).toHaveAttribute('aria-pressed', 'true');
  // n focuses the note; it is saved on leaving the box.
  await page.keyboard.press('n');
  await expect(page.getByTestId('question-note')).toBeFocused();
  await page.keyboard.type('Fluids first in a right ventricular infarct.');
  await focusPage(page);

  // A span in the shared prefix, labelled with 3 inside the editor (right side: b2048.r4).
  await page.locator('[data-testid=diff-editor] .editor.modified .view-line').first().dblclick();
  await expect(page.getByTestId('pending-span')).toBeVisible();
  await page.keyboard.press('3');
  const span = page.locator('[data-testid=annotation][data-label="correct fact misapplied"]');
  await expect(span).toHaveCount(1);
  await expect(span).not.toHaveAttribute('data-span', '');

  await page.reload();
  await expect(page.locator('[data-testid=taxonomy-label][data-label="missing fact"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('flip-tag')).toHaveAttribute('data-decision', 'confirmed');
  await expect(page.getByTestId('star-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('question-note')).toHaveValue('Fluids first in a right ventricular infarct.');
  await expect(page.locator('[data-testid=annotation][data-label="correct fact misapplied"]')).toHaveCount(1);
  await expect(page.locator('[data-testid=diff-editor] .editor.modified .deco-span').first()).toBeAttached();

  // The span was made on b2048.r4 in the shared prefix: it shows on b512.r0 as a shared span.
  await page.getByTestId('condition-picker-right').selectOption('b512.r0');
  await expect(page.locator('[data-testid=diff-editor] .editor.modified .deco-span--shared').first()).toBeAttached();

  // Pressing 1 again removes the label; u goes to the next question without labels.
  await focusPage(page);
  await page.keyboard.press('1');
  await expect(page.locator('[data-testid=taxonomy-label][data-label="missing fact"]')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('u');
  await expect(page.getByTestId('question-view')).not.toHaveAttribute('data-key', Q0);
  expect(errors).toEqual([]);
});
