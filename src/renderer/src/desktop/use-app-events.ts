/** Subscribe a component to app events from the Node side (runs, downloads). */
import { useEffect, useRef } from 'react';
import type { AppEvent } from '../../../shared/api';
import { onAppEvent } from '../api/client';

export function useAppEvents(listener: (e: AppEvent) => void): void {
  const ref = useRef(listener);
  useEffect(() => {
    ref.current = listener;
  });
  useEffect(() => {
    const off = onAppEvent((e) => ref.current(e));
    return () => void off();
  }, []);
}
