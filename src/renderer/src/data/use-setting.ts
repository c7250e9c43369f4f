/**
 * A live setting from the `meta` table, with a default while unset.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import { getMeta } from '../db/meta';

export const ANNOTATOR_KEY = 'annotator';

export function useSetting<T>(key: string, fallback: T): T {
  const value = useLiveQuery(() => getMeta<T>(getDatabase(), key), [key]);
  return value ?? fallback;
}
