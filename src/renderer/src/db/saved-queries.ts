/**
 * Saved question-list queries of a study.
 */
import type { RowQuery } from '../study/row-query';
import type { SavedQuery } from '../study/saved-query';
import type { WorkbenchDatabase } from './database';

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export async function saveQuery(db: WorkbenchDatabase, studyId: string, name: string, query: RowQuery, now = Date.now()): Promise<SavedQuery> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('a saved query needs a name');
  const existing = await db.savedQueries.where('studyId').equals(studyId).filter((q) => q.name === trimmed).first();
  const saved: SavedQuery = { id: existing?.id ?? newId(), studyId, name: trimmed, query, createdAt: existing?.createdAt ?? now };
  await db.savedQueries.put(saved);
  return saved;
}

export function deleteSavedQuery(db: WorkbenchDatabase, id: string): Promise<void> {
  return db.savedQueries.delete(id);
}
