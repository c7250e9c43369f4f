/**
 * Automatic flip tags: what more thinking did to a question between two conditions, suggested by
 * the workbench and confirmed or rejected by the reviewer.
 */
import type { ConditionId, FlipKind, Tag } from '../../../shared/domain';
import { classifyFlip } from '../../../shared/flip';
import type { StoredCondition } from './study-types';

export type FlipTagKind = 'rescued' | 'broken' | 'wandered' | 'stable';

export const FLIP_TAG_LABEL: Record<FlipTagKind, string> = {
  rescued: 'flip: rescued by thinking',
  broken: 'flip: broken by thinking',
  wandered: 'flip: wandered to another wrong answer',
  stable: 'flip: stable',
};

export const FLIP_TAG_DEFINITION: Record<FlipTagKind, string> = {
  rescued: 'Wrong or unanswered with less thinking, correct with more.',
  broken: 'Correct with less thinking, wrong or unanswered with more.',
  wandered: 'Wrong with less thinking and wrong with more, but a different wrong answer.',
  stable: 'The same verdict and answer with less and with more thinking.',
};

/** Every flip tag label, for telling flip tags from taxonomy labels. */
export const FLIP_TAG_LABELS: readonly string[] = Object.values(FLIP_TAG_LABEL);

export function isFlipTagLabel(label: string): boolean {
  return FLIP_TAG_LABELS.includes(label);
}

/** The flip tag for a flip kind. Both-unanswered counts as stable. */
export function flipTagKind(kind: FlipKind): FlipTagKind {
  switch (kind) {
    case 'wrong→correct':
      return 'rescued';
    case 'correct→wrong':
      return 'broken';
    case 'wrong→different-wrong':
      return 'wandered';
    case 'correct→correct':
    case 'wrong→same-wrong':
    case 'no-answer→no-answer':
      return 'stable';
    case 'from-no-answer':
    case 'to-no-answer':
      return 'wandered';
  }
}

/**
 * The flip tag between two conditions of a question. An answer appearing where there was none
 * counts as rescued when it is correct; an answer disappearing counts as broken when it was
 * correct; otherwise those wander.
 */
export function suggestFlipTag(from: StoredCondition, to: StoredCondition): FlipTagKind {
  const kind = classifyFlip(from, to);
  if (kind === 'from-no-answer') return to.outcome === 'correct' ? 'rescued' : 'wandered';
  if (kind === 'to-no-answer') return from.outcome === 'correct' ? 'broken' : 'wandered';
  return flipTagKind(kind);
}

/** The reviewer's decision on the flip tag between two conditions, if any (the latest wins). */
export function flipTagDecision(tags: readonly Tag[], from: ConditionId, to: ConditionId, annotator?: string): Tag | undefined {
  let found: Tag | undefined;
  for (const t of tags) {
    if (!isFlipTagLabel(t.label) || t.fromConditionId !== from || t.conditionId !== to) continue;
    if (annotator !== undefined && t.annotator !== annotator) continue;
    if (!found || t.createdAt >= found.createdAt) found = t;
  }
  return found;
}
