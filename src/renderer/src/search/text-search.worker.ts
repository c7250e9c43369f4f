/// <reference lib="webworker" />
/**
 * Text search off the main thread: loads a study's texts from the database once (per study
 * version) and answers regular-expression queries with the matching question keys.
 */
import { getDatabase } from '../db/database';
import type { TextQuery } from '../study/row-query';
import { matchTexts, searchTexts, type SearchTexts } from './text-match';

declare const self: DedicatedWorkerGlobalScope;

export interface SearchRequest {
  id: number;
  studyId: string;
  /** Changes when the study's content changes (drops the cached texts). */
  version: string;
  query: TextQuery;
}

export type SearchResponse = { id: number; keys: string[]; ms: number } | { id: number; error: string };

let cached: { studyId: string; version: string; texts: SearchTexts[] } | undefined;

async function textsOf(studyId: string, version: string): Promise<SearchTexts[]> {
  if (cached && cached.studyId === studyId && cached.version === version) return cached.texts;
  cached = undefined;
  const texts: SearchTexts[] = [];
  await getDatabase()
    .questions.where('studyId')
    .equals(studyId)
    .each((q) => {
      texts.push(searchTexts(q));
    });
  cached = { studyId, version, texts };
  return texts;
}

self.onmessage = async (e: MessageEvent<SearchRequest>) => {
  const { id, studyId, version, query } = e.data;
  const t0 = performance.now();
  try {
    const keys = matchTexts(await textsOf(studyId, version), query);
    self.postMessage({ id, keys: [...keys], ms: performance.now() - t0 } satisfies SearchResponse);
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies SearchResponse);
  }
};
