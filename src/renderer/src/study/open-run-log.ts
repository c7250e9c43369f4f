/**
 * Opening a run-log file chosen by the reviewer: parse, grade, store.
 */
import type { WorkbenchDatabase } from '../db/database';
import { saveImportedStudy } from '../db/studies';
import { importRunLog, parseRunLogText, runLogStudyId } from './import-run-log';
import type { StudyRecord } from './study-types';

/** Imports run-log text as a study (replacing an earlier import of the same content). */
export async function openRunLogText(db: WorkbenchDatabase, text: string, fileName: string): Promise<StudyRecord> {
  const log = parseRunLogText(text, fileName);
  const imported = importRunLog(log, { studyId: runLogStudyId(log), origin: fileName, now: Date.now() });
  await saveImportedStudy(db, imported);
  return imported.study;
}
