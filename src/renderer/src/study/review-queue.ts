/**
 * Review queues: questions drawn from flip-matrix cells by stratified, seeded sampling (n per
 * cell), their coverage per cell, and where to resume.
 */
import type { ConditionId, FlipKind } from '../../../shared/domain';
import { seededSample } from '../../../shared/seeded-random';

export interface QueueItem {
  key: string;
  cell: FlipKind;
}

export interface ReviewQueue {
  id: string;
  studyId: string;
  name: string;
  from: ConditionId;
  to: ConditionId;
  cells: FlipKind[];
  perCell: number;
  seed: string;
  items: QueueItem[];
  /** Index of the item the reviewer was on last. */
  position: number;
  createdAt: number;
}

/**
 * Draws up to `perCell` questions from each cell with a seeded shuffle (seed "<seed>:<cell>", so a
 * cell's draw does not depend on the others), then interleaves the cells round-robin, so
 * stopping early still leaves every cell covered about equally.
 */
export function drawQueueItems(cellKeys: Partial<Record<FlipKind, readonly string[]>>, cells: readonly FlipKind[], perCell: number, seed: string): QueueItem[] {
  const draws = cells.map((cell) => seededSample(cellKeys[cell] ?? [], perCell, `${seed}:${cell}`).map((key) => ({ key, cell })));
  const out: QueueItem[] = [];
  const seen = new Set<string>();
  const longest = Math.max(0, ...draws.map((d) => d.length));
  for (let i = 0; i < longest; i++) {
    for (const d of draws) {
      const item = d[i];
      if (item && !seen.has(item.key)) {
        seen.add(item.key);
        out.push(item);
      }
    }
  }
  return out;
}

export interface CellCoverage {
  cell: FlipKind;
  /** Questions of the cell in the queue. */
  total: number;
  /** Of those, the ones reviewed. */
  done: number;
}

/** Coverage per cell (cells in the queue's order) and overall. */
export function queueCoverage(queue: Pick<ReviewQueue, 'cells' | 'items'>, reviewed: ReadonlySet<string>): { cells: CellCoverage[]; total: number; done: number } {
  const cells = queue.cells.map((cell) => {
    const items = queue.items.filter((i) => i.cell === cell);
    return { cell, total: items.length, done: items.filter((i) => reviewed.has(i.key)).length };
  });
  return { cells, total: queue.items.length, done: queue.items.filter((i) => reviewed.has(i.key)).length };
}

/** Where to resume: the stored position, clamped to the queue. */
export function resumeIndex(queue: Pick<ReviewQueue, 'items' | 'position'>): number {
  if (queue.items.length === 0) return -1;
  return Math.min(Math.max(0, queue.position), queue.items.length - 1);
}

/** The next item after `from` (wrapping) not yet reviewed, or -1 when all are. */
export function nextUnreviewed(keys: readonly string[], from: number, reviewed: ReadonlySet<string>): number {
  for (let step = 1; step <= keys.length; step++) {
    const i = (from + step) % keys.length;
    if (!reviewed.has(keys[i])) return i;
  }
  return -1;
}
