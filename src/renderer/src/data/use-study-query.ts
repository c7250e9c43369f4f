/**
 * The question list's rows after a query: annotations indexed for the tag and annotator
 * filters, text matches from the search worker, and the study's saved queries.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getDatabase } from '../db/database';
import { listStudyAnnotations } from '../db/annotations';
import { useTextSearch } from '../search/use-text-search';
import { annotationIndex, applyQuery, needsText, type QueryContext, type RowQuery } from '../study/row-query';
import type { SavedQuery } from '../study/saved-query';
import type { QuestionListRow, StudyRecord } from '../study/study-types';

export interface StudyQueryResult {
  rows: QuestionListRow[];
  labels: string[];
  annotators: string[];
  /** Keys per tag label and per annotator (for evaluating saved queries). */
  index: QueryContext;
  searching: boolean;
  searchError?: string;
}

const EMPTY: never[] = [];

export function useStudyQuery(study: StudyRecord | null | undefined, allRows: QuestionListRow[] | undefined, query: RowQuery): StudyQueryResult {
  const studyId = study?.id;
  const tags = useLiveQuery(async () => (studyId ? listStudyAnnotations(getDatabase(), studyId) : []), [studyId]);
  const index = useMemo(() => annotationIndex(tags ?? EMPTY), [tags]);
  const version = study ? `${study.fingerprint}:${study.questionCount}:${study.conditions.length}` : '';
  const search = useTextSearch(studyId, version, needsText(query) ? query.text : undefined);
  const rows = useMemo(() => {
    if (!allRows || !study) return [];
    if (needsText(query) && !search.keys) return search.error ? [] : allRows.filter(() => false);
    return applyQuery(allRows, query, study.conditions, { ...index, textKeys: search.keys });
  }, [allRows, study, query, index, search.keys, search.error]);
  const labels = useMemo(() => [...index.tagKeys.keys()].sort(), [index]);
  const annotators = useMemo(() => [...index.annotatorKeys.keys()].sort(), [index]);
  return { rows, labels, annotators, index, searching: search.searching, ...(search.error ? { searchError: search.error } : {}) };
}

export function useSavedQueries(studyId: string | undefined): SavedQuery[] | undefined {
  return useLiveQuery(async () => (studyId ? getDatabase().savedQueries.where('studyId').equals(studyId).sortBy('createdAt') : []), [studyId]);
}
