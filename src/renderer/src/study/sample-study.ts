/**
 * The bundled sample study: imported on first start, refreshed when the bundled file changes.
 */
import type { RunLog } from '../../../shared/runlog';
import type { WorkbenchDatabase } from '../db/database';
import { getStudy, saveImportedStudy } from '../db/studies';
import { importRunLog, runLogFingerprint, validateRunLog } from './import-run-log';
import type { StudyRecord } from './study-types';

export const SAMPLE_STUDY_ID = 'sample';
const ORIGIN = 'sample study';

export interface SampleSource {
  getSampleStudy(): Promise<RunLog>;
}

async function fetchAndImport(db: WorkbenchDatabase, source: SampleSource, known?: StudyRecord): Promise<StudyRecord> {
  let value: unknown;
  try {
    value = await source.getSampleStudy();
  } catch (e) {
    throw new Error(`Could not load the sample study: ${(e as Error).message}`, { cause: e });
  }
  const log = validateRunLog(value, ORIGIN);
  if (known && known.fingerprint === runLogFingerprint(log)) return known;
  const imported = importRunLog(log, { studyId: SAMPLE_STUDY_ID, origin: ORIGIN, now: Date.now() });
  await saveImportedStudy(db, imported);
  return imported.study;
}

/**
 * Returns the sample study, importing it when the database does not have it yet. When it is
 * already there, `onRefreshed` is called later if the bundled sample has changed and was
 * re-imported (a failure to check is not an error: the stored copy stays usable offline).
 */
let pending: Promise<StudyRecord> | undefined;

export function ensureSampleStudy(
  db: WorkbenchDatabase,
  source: SampleSource,
  onRefreshed?: (study: StudyRecord) => void,
): Promise<StudyRecord> {
  // Callers at the same time (e.g. a component mounted twice) share one import.
  pending ??= ensure(db, source, onRefreshed).finally(() => {
    pending = undefined;
  });
  return pending;
}

async function ensure(
  db: WorkbenchDatabase,
  source: SampleSource,
  onRefreshed?: (study: StudyRecord) => void,
): Promise<StudyRecord> {
  const known = await getStudy(db, SAMPLE_STUDY_ID);
  if (!known) return fetchAndImport(db, source);
  fetchAndImport(db, source, known)
    .then((study) => {
      if (study !== known) onRefreshed?.(study);
    })
    .catch(() => undefined);
  return known;
}
