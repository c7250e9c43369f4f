/**
 * What an import is asked to do and what it reports back (messages between the app and the
 * import worker).
 */
import type { FieldMapping } from '../../../shared/import/record-mapping';

/** The kinds of material an import reads. */
export type ImportKind = 'run-log' | 'm1-folders' | 'records' | 'eval-data';

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  'run-log': 'Workbench run log',
  'm1-folders': 'Reference m1 output folders',
  records: 'JSON Lines, one record per question × condition',
  'eval-data': 'Eval data (questions to run later)',
};

/** One chosen file and its path (folder-relative when folders were chosen). */
export interface ImportFile {
  file: File;
  path: string;
}

export interface ImportJob {
  kind: ImportKind;
  files: ImportFile[];
  /** For 'records': which field holds what. */
  mapping?: FieldMapping;
  /** Add the runs to this existing study instead of creating a new one. */
  intoStudyId?: string;
  /** Title of a new study (defaults from the files). */
  title?: string;
}

export type ImportPhase = 'read' | 'grade' | 'write';

export interface ImportProgress {
  phase: ImportPhase;
  /** 0 … 1 over the whole import. */
  fraction: number;
  /** Human detail, e.g. "results.json: 4,200 records". */
  detail: string;
}

export interface ImportSummary {
  studyId: string;
  questions: number;
  conditions: number;
  disagreements: number;
  ms: number;
}

export type ToWorker = { type: 'start'; job: ImportJob } | { type: 'cancel' };
export type FromWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'cancelled' }
  | { type: 'error'; message: string };
