/**
 * Reading and writing studies and their questions.
 */
import Dexie from 'dexie';
import type { ImportedStudy, QuestionListRow, QuestionRecord, StudyRecord } from '../study/study-types';
import type { WorkbenchDatabase } from './database';

/**
 * Stores an imported study in one transaction, replacing an earlier import with the same id
 * (its questions and list rows). Annotations are kept: they are keyed by study and question.
 */
export async function saveImportedStudy(db: WorkbenchDatabase, imported: ImportedStudy): Promise<void> {
  const { study, questions, rows } = imported;
  await db.transaction('rw', [db.studies, db.questions, db.questionRows], async () => {
    await db.questions.where('studyId').equals(study.id).delete();
    await db.questionRows
      .where('[studyId+order]')
      .between([study.id, Dexie.minKey], [study.id, Dexie.maxKey])
      .delete();
    await db.questions.bulkPut(questions);
    await db.questionRows.bulkPut(rows);
    await db.studies.put(study);
  });
}

export function getStudy(db: WorkbenchDatabase, studyId: string): Promise<StudyRecord | undefined> {
  return db.studies.get(studyId);
}

export function listStudies(db: WorkbenchDatabase): Promise<StudyRecord[]> {
  return db.studies.orderBy('createdAt').toArray();
}

/** The study's list rows in study order. */
export function listQuestionRows(db: WorkbenchDatabase, studyId: string): Promise<QuestionListRow[]> {
  return db.questionRows
    .where('[studyId+order]')
    .between([studyId, Dexie.minKey], [studyId, Dexie.maxKey])
    .toArray();
}

export function getQuestion(db: WorkbenchDatabase, studyId: string, key: string): Promise<QuestionRecord | undefined> {
  return db.questions.get([studyId, key]);
}

/** Deletes a study with its questions, rows and annotations. */
export async function deleteStudy(db: WorkbenchDatabase, studyId: string): Promise<void> {
  await db.transaction('rw', [db.studies, db.questions, db.questionRows, db.annotations], async () => {
    await db.questions.where('studyId').equals(studyId).delete();
    await db.questionRows
      .where('[studyId+order]')
      .between([studyId, Dexie.minKey], [studyId, Dexie.maxKey])
      .delete();
    await db.annotations.where('studyId').equals(studyId).delete();
    await db.studies.delete(studyId);
  });
}
