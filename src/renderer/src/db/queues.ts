/**
 * Review queues in the database: creating one, listing a study's, and remembering the position.
 */
import type { ReviewQueue } from '../study/review-queue';
import type { WorkbenchDatabase } from './database';

export async function saveQueue(db: WorkbenchDatabase, queue: ReviewQueue): Promise<void> {
  await db.queues.put(queue);
}

export function getQueue(db: WorkbenchDatabase, id: string): Promise<ReviewQueue | undefined> {
  return db.queues.get(id);
}

export async function listQueues(db: WorkbenchDatabase, studyId: string): Promise<ReviewQueue[]> {
  const all = await db.queues.where('studyId').equals(studyId).toArray();
  return all.sort((a, b) => b.createdAt - a.createdAt);
}

export async function setQueuePosition(db: WorkbenchDatabase, id: string, position: number): Promise<void> {
  await db.queues.update(id, { position });
}

export function deleteQueue(db: WorkbenchDatabase, id: string): Promise<void> {
  return db.queues.delete(id);
}
