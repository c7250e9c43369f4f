/**
 * The kinds of annotation kept in the annotations table, told apart by label:
 * - a note on the question (label "note", text in `note`);
 * - a star to come back later (label "star");
 * - a flip tag decision (a "flip: …" label with status confirmed or rejected);
 * - an adjudication (any label, status confirmed or rejected, note starting "adjudication");
 * - otherwise a label, on the whole question or on a span (taxonomy labels or any other).
 */
import type { Tag } from '../../../shared/domain';
import { isFlipTagLabel } from './flip-tag';

export const NOTE_LABEL = 'note';
export const STAR_LABEL = 'star';
export const ADJUDICATION_NOTE = 'adjudication';

export function isNote(t: Tag): boolean {
  return t.label === NOTE_LABEL;
}

export function isStar(t: Tag): boolean {
  return t.label === STAR_LABEL;
}

export function isAdjudication(t: Tag): boolean {
  return (t.status === 'confirmed' || t.status === 'rejected') && (t.note ?? '').startsWith(ADJUDICATION_NOTE) && !isFlipTagLabel(t.label);
}

/** A label a reviewer applied (not a note, star or adjudication; flip tags only when confirmed). */
export function isAppliedLabel(t: Tag): boolean {
  if (isNote(t) || isStar(t) || isAdjudication(t)) return false;
  if (isFlipTagLabel(t.label)) return t.status === 'confirmed';
  return t.status !== 'rejected';
}

/** Whether the annotator has done any reviewing work on the question (a star alone is not). */
export function isReviewWork(t: Tag): boolean {
  return !isStar(t);
}
