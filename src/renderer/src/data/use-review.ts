/**
 * Live review data: every annotation of a study, its queues, one queue, and the taxonomy.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Tag } from '../../../shared/domain';
import { listStudyAnnotations } from '../db/annotations';
import { getDatabase } from '../db/database';
import { getQueue, listQueues } from '../db/queues';
import type { ReviewQueue } from '../study/review-queue';
import { DEFAULT_TAXONOMY, TAXONOMY_KEY, type TaxonomyLabel } from '../study/taxonomy';
import { useSetting } from './use-setting';

export function useStudyAnnotations(studyId: string): Tag[] | undefined {
  return useLiveQuery(() => listStudyAnnotations(getDatabase(), studyId), [studyId]);
}

export function useQueues(studyId: string): ReviewQueue[] | undefined {
  return useLiveQuery(() => listQueues(getDatabase(), studyId), [studyId]);
}

/** The queue, undefined while loading, null when missing. */
export function useQueue(id: string | undefined): ReviewQueue | null | undefined {
  return useLiveQuery(async () => (id ? ((await getQueue(getDatabase(), id)) ?? null) : null), [id]);
}

/** The reviewer's taxonomy (the shipped default until edited). */
export function useTaxonomy(): readonly TaxonomyLabel[] {
  return useSetting<readonly TaxonomyLabel[]>(TAXONOMY_KEY, DEFAULT_TAXONOMY);
}
