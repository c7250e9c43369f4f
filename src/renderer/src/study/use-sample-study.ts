/**
 * Startup: make sure the sample study is in the database (importing it on first start) and ask
 * for persistent storage.
 */
import { useCallback, useEffect, useState } from 'react';
import { getApi } from '../api/client';
import { getDatabase, requestPersistentStorage } from '../db/database';
import { ensureSampleStudy } from './sample-study';

export type SampleState =
  | { state: 'loading'; retry: () => void }
  | { state: 'ready'; retry: () => void }
  | { state: 'error'; error: string; retry: () => void };

export function useSampleStudy(): SampleState {
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<{ state: 'loading' | 'ready' } | { state: 'error'; error: string }>({ state: 'loading' });
  const retry = useCallback(() => {
    setStatus({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  useEffect(() => {
    let live = true;
    void requestPersistentStorage();
    ensureSampleStudy(getDatabase(), getApi())
      .then(() => live && setStatus({ state: 'ready' }))
      .catch((e: unknown) => live && setStatus({ state: 'error', error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [attempt]);
  return { ...status, retry };
}
