/** The conditions of a sweep grid: every (budget, rounds) pair, in ladder order. */
import { compareConditions, type Condition, type Item, itemKey } from '../../shared/domain';
import { issuePath, itemSchema } from '../../shared/runlog';
import type { SweepGrid } from './types';

export function gridConditions(grid: SweepGrid): Condition[] {
  const budgets = [...new Set(grid.budgets)];
  const rounds = [...new Set(grid.rounds)];
  return budgets.flatMap((budget) => rounds.map((r) => ({ budget, rounds: r }))).sort(compareConditions);
}

export function validateGrid(grid: SweepGrid): void {
  if (!grid.budgets.length) throw new Error('grid.budgets: at least one thinking budget is needed');
  if (!grid.rounds.length) throw new Error('grid.rounds: at least one number of forcing rounds is needed (0 for none)');
  grid.budgets.forEach((b, i) => {
    if (!Number.isInteger(b) || b < 1) throw new Error(`grid.budgets[${i}]: a budget must be a positive integer, got ${b}`);
  });
  grid.rounds.forEach((r, i) => {
    if (!Number.isInteger(r) || r < 0) throw new Error(`grid.rounds[${i}]: rounds must be a non-negative integer, got ${r}`);
  });
}

export function validateItems(items: readonly Item[]): void {
  if (!items.length) throw new Error('no questions to run');
  const seen = new Set<string>();
  for (const it of items) {
    const k = itemKey(it);
    const parsed = itemSchema.safeParse(it);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`question ${k}: field ${issuePath(issue.path)}: ${issue.message}`);
    }
    if (seen.has(k)) throw new Error(`question ${k} appears twice`);
    seen.add(k);
  }
}

export function maxOf(xs: readonly number[]): number {
  return xs.reduce((a, b) => Math.max(a, b), -Infinity);
}
