/**
 * Writes an imported study in one transaction, in chunks, reporting progress and stopping
 * on request. Stopping or failing aborts the transaction: the database keeps what it had
 * before (an earlier import with the same id stays whole).
 */
import Dexie from 'dexie';
import type { ImportedStudy } from '../study/study-types';
import type { WorkbenchDatabase } from './database';

const CHUNK = 500;

export interface WriteHooks {
  /** 0 … 1 of the rows written. */
  onProgress?: (fraction: number) => void;
  /** Checked between chunks; true aborts the write. */
  cancelled?: () => boolean;
  /** What to throw on cancel (aborts the transaction). */
  cancelError?: () => Error;
}

export async function writeImportedStudy(db: WorkbenchDatabase, imported: ImportedStudy, hooks: WriteHooks = {}): Promise<void> {
  const { study, questions, rows } = imported;
  const total = questions.length + rows.length;
  let done = 0;
  const step = (n: number) => {
    done += n;
    hooks.onProgress?.(total ? done / total : 1);
    if (hooks.cancelled?.()) throw hooks.cancelError?.() ?? new Error('import cancelled');
  };
  await db.transaction('rw', [db.studies, db.questions, db.questionRows], async () => {
    await db.questions.where('studyId').equals(study.id).delete();
    await db.questionRows
      .where('[studyId+order]')
      .between([study.id, Dexie.minKey], [study.id, Dexie.maxKey])
      .delete();
    for (let i = 0; i < questions.length; i += CHUNK) {
      await db.questions.bulkPut(questions.slice(i, i + CHUNK));
      step(Math.min(CHUNK, questions.length - i));
    }
    for (let i = 0; i < rows.length; i += CHUNK * 4) {
      await db.questionRows.bulkPut(rows.slice(i, i + CHUNK * 4));
      step(Math.min(CHUNK * 4, rows.length - i));
    }
    await db.studies.put(study);
  });
}
