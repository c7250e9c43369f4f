/**
 * The keys matching a text query, searched in a worker. While a search runs, `keys` are the
 * previous pattern's matches (undefined for the first search or with no query); `error` holds
 * the message of an invalid pattern.
 */
import { useEffect, useState } from 'react';
import type { TextQuery } from '../study/row-query';
import type { SearchRequest, SearchResponse } from './text-search.worker';
import SearchWorker from './text-search.worker?worker';

let worker: Worker | undefined;
let nextId = 1;

export interface TextSearchState {
  keys?: Set<string>;
  error?: string;
  searching: boolean;
}

export function useTextSearch(studyId: string | undefined, version: string, query: TextQuery | undefined): TextSearchState {
  const pattern = query?.pattern ?? '';
  const caseSensitive = query?.caseSensitive ?? false;
  const scope = query?.scope ?? 'both';
  const signature = studyId && pattern ? JSON.stringify([studyId, version, pattern, caseSensitive, scope]) : '';
  const [answer, setAnswer] = useState<{ signature: string; keys?: Set<string>; error?: string }>({ signature: '' });
  useEffect(() => {
    if (!signature || !studyId) return;
    worker ??= new SearchWorker();
    const id = nextId++;
    const w = worker;
    const onMessage = (e: MessageEvent<SearchResponse>) => {
      if (e.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      setAnswer('error' in e.data ? { signature, error: e.data.error } : { signature, keys: new Set(e.data.keys) });
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, studyId, version, query: { pattern, caseSensitive, scope } } satisfies SearchRequest);
    return () => w.removeEventListener('message', onMessage);
  }, [signature, studyId, version, pattern, caseSensitive, scope]);
  if (!signature) return { searching: false };
  // While a new pattern is searched, the last matches stay on screen.
  if (answer.signature !== signature) return answer.keys ? { keys: answer.keys, searching: true } : { searching: true };
  return answer.error !== undefined ? { error: answer.error, searching: false } : { keys: answer.keys, searching: false };
}
