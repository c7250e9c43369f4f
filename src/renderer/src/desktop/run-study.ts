/**
 * A run started from the app as a study: its run log (as written so far) imported under a
 * stable id, so finished questions appear in the study list while the run goes on.
 */
import type { RunLog } from '../../../shared/runlog';
import type { WorkbenchDatabase } from '../db/database';
import { saveImportedStudy } from '../db/studies';
import { importRunLog, validateRunLog } from '../study/import-run-log';

export function runStudyId(runId: string): string {
  return `app-run-${runId}`;
}

export async function saveRunStudy(db: WorkbenchDatabase, runId: string, log: RunLog): Promise<string> {
  const origin = `run ${runId}`;
  const studyId = runStudyId(runId);
  const imported = importRunLog(validateRunLog(log, origin), { studyId, origin, now: Date.now() });
  await saveImportedStudy(db, imported);
  return studyId;
}
