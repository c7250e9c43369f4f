/**
 * Live annotations of one question.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Tag } from '../../../shared/domain';
import { listAnnotations } from '../db/annotations';
import { getDatabase } from '../db/database';

export function useAnnotations(studyId: string, questionKey: string): Tag[] | undefined {
  return useLiveQuery(() => listAnnotations(getDatabase(), studyId, questionKey), [studyId, questionKey]);
}
