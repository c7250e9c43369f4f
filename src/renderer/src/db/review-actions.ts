/**
 * What a reviewer does to a question, as database writes: toggle a label on the question, label a
 * span, decide on the automatic flip tag, star, and keep a note. Every write records the
 * annotator.
 */
import type { ConditionId, Tag } from '../../../shared/domain';
import { isNote, isStar, NOTE_LABEL, STAR_LABEL } from '../study/annotation-kinds';
import { FLIP_TAG_LABEL, FLIP_TAG_LABELS, type FlipTagKind } from '../study/flip-tag';
import type { TextSpan } from '../study/thinking';
import { addAnnotation } from './annotations';
import type { WorkbenchDatabase } from './database';

interface Where {
  studyId: string;
  questionKey: string;
  annotator: string;
}

function questionTags(db: WorkbenchDatabase, w: Where): Promise<Tag[]> {
  return db.annotations.where('[studyId+questionKey]').equals([w.studyId, w.questionKey]).toArray();
}

/** Adds a whole-question label, or removes it when this annotator already applied it. Returns whether it is now applied. */
export async function toggleQuestionLabel(db: WorkbenchDatabase, w: Where, label: string): Promise<boolean> {
  return db.transaction('rw', db.annotations, async () => {
    const mine = (await questionTags(db, w)).filter((t) => t.annotator === w.annotator && t.label === label && !t.span && !t.status);
    if (mine.length > 0) {
      await db.annotations.bulkDelete(mine.map((t) => t.id));
      return false;
    }
    await addAnnotation(db, { ...w, label });
    return true;
  });
}

/** Labels a span of one condition's text (offsets into that condition's thinking + answer). */
export async function addSpanLabel(db: WorkbenchDatabase, w: Where, label: string, conditionId: ConditionId, span: TextSpan): Promise<Tag> {
  if (span.end <= span.start) throw new Error('A span label needs a non-empty selection.');
  return addAnnotation(db, { ...w, label, conditionId, span: { start: span.start, end: span.end } });
}

/**
 * Records the reviewer's decision on the flip tag between two conditions, replacing this
 * annotator's earlier decision on the same pair. Deciding the same again clears it.
 */
export async function decideFlipTag(
  db: WorkbenchDatabase,
  w: Where,
  kind: FlipTagKind,
  from: ConditionId,
  to: ConditionId,
  status: 'confirmed' | 'rejected',
): Promise<'confirmed' | 'rejected' | null> {
  return db.transaction('rw', db.annotations, async () => {
    const earlier = (await questionTags(db, w)).filter(
      (t) => t.annotator === w.annotator && FLIP_TAG_LABELS.includes(t.label) && t.fromConditionId === from && t.conditionId === to,
    );
    await db.annotations.bulkDelete(earlier.map((t) => t.id));
    if (earlier.some((t) => t.label === FLIP_TAG_LABEL[kind] && t.status === status)) return null;
    await addAnnotation(db, { ...w, label: FLIP_TAG_LABEL[kind], fromConditionId: from, conditionId: to, status });
    return status;
  });
}

/** Stars the question for this annotator, or takes the star away. Returns whether it is starred now. */
export async function toggleStar(db: WorkbenchDatabase, w: Where): Promise<boolean> {
  return db.transaction('rw', db.annotations, async () => {
    const mine = (await questionTags(db, w)).filter((t) => t.annotator === w.annotator && isStar(t));
    if (mine.length > 0) {
      await db.annotations.bulkDelete(mine.map((t) => t.id));
      return false;
    }
    await addAnnotation(db, { ...w, label: STAR_LABEL });
    return true;
  });
}

/** Sets this annotator's note on the question (an empty text removes it). */
export async function saveNote(db: WorkbenchDatabase, w: Where, text: string): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const mine = (await questionTags(db, w)).filter((t) => t.annotator === w.annotator && isNote(t));
    const trimmed = text.trim();
    if (mine.length === 1 && trimmed && mine[0].note === trimmed) return;
    await db.annotations.bulkDelete(mine.map((t) => t.id));
    if (trimmed) await addAnnotation(db, { ...w, label: NOTE_LABEL, note: trimmed });
  });
}

/** Records an adjudicator's decision on a disputed label. */
export async function adjudicate(db: WorkbenchDatabase, w: Where, label: string, decision: 'confirmed' | 'rejected', between: [string, string]): Promise<void> {
  await addAnnotation(db, { ...w, label, status: decision, note: `adjudication: ${between[0]} vs ${between[1]}` });
}
