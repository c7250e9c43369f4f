/**
 * Reviewer annotations (tags) on questions and trace spans. Stored in their own table so that
 * re-importing a study never touches them.
 */
import type { Tag } from '../../../shared/domain';
import type { WorkbenchDatabase } from './database';

export type NewAnnotation = Omit<Tag, 'id' | 'createdAt'>;

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export async function addAnnotation(db: WorkbenchDatabase, a: NewAnnotation, now = Date.now()): Promise<Tag> {
  const tag: Tag = { ...a, id: newId(), createdAt: now };
  await db.annotations.add(tag);
  return tag;
}

export function listAnnotations(db: WorkbenchDatabase, studyId: string, questionKey: string): Promise<Tag[]> {
  return db.annotations.where('[studyId+questionKey]').equals([studyId, questionKey]).sortBy('createdAt');
}

export function listStudyAnnotations(db: WorkbenchDatabase, studyId: string): Promise<Tag[]> {
  return db.annotations.where('studyId').equals(studyId).toArray();
}

export function deleteAnnotation(db: WorkbenchDatabase, id: string): Promise<void> {
  return db.annotations.delete(id);
}

/** Stores annotations as they are (ids kept): re-importing an export restores them exactly. */
export async function putAnnotations(db: WorkbenchDatabase, tags: readonly Tag[]): Promise<number> {
  await db.annotations.bulkPut([...tags]);
  return tags.length;
}

/** Deletes every annotation of a study (before restoring an export into it, for example). */
export function clearStudyAnnotations(db: WorkbenchDatabase, studyId: string): Promise<number> {
  return db.annotations.where('studyId').equals(studyId).delete();
}
