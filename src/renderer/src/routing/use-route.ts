/**
 * The current hash route as React state, and navigation.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function snapshot(): string {
  return window.location.hash;
}

/**
 * Navigates to a route. `replace` rewrites the current history entry (for redirects and for
 * changes that should not pile up in history, like switching the compared conditions).
 */
export function navigate(route: Route, replace = false): void {
  const hash = formatRoute(route);
  if (hash === window.location.hash) return;
  if (replace) {
    history.replaceState(history.state, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

export function useRoute(): [Route, (route: Route, replace?: boolean) => void] {
  const hash = useSyncExternalStore(subscribe, snapshot);
  const go = useCallback((route: Route, replace?: boolean) => navigate(route, replace), []);
  const route = useMemo(() => parseRoute(hash), [hash]);
  return [route, go];
}
