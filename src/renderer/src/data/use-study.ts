/**
 * Live views of the database for the screens (they re-render when the data changes).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import { getQuestion, getStudy, listQuestionRows } from '../db/studies';
import type { QuestionListRow, QuestionRecord, StudyRecord } from '../study/study-types';

/** The study, or undefined while loading; null when there is no such study. */
export function useStudy(studyId: string | undefined): StudyRecord | null | undefined {
  return useLiveQuery(async () => (studyId ? ((await getStudy(getDatabase(), studyId)) ?? null) : null), [studyId]);
}

/** The study's list rows in study order, or undefined while loading. */
export function useQuestionRows(studyId: string | undefined): QuestionListRow[] | undefined {
  return useLiveQuery(async () => (studyId ? listQuestionRows(getDatabase(), studyId) : []), [studyId]);
}

/** One full question, undefined while loading, null when missing. */
export function useQuestion(studyId: string, key: string): QuestionRecord | null | undefined {
  return useLiveQuery(async () => (await getQuestion(getDatabase(), studyId, key)) ?? null, [studyId, key]);
}
