/**
 * Small settings in the `meta` table.
 */
import type { WorkbenchDatabase } from './database';

export async function getMeta<T>(db: WorkbenchDatabase, key: string): Promise<T | undefined> {
  const entry = await db.meta.get(key);
  return entry?.value as T | undefined;
}

export async function setMeta(db: WorkbenchDatabase, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
