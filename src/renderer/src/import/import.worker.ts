/// <reference lib="webworker" />
/**
 * The import worker: reads, grades and stores a study off the main thread, reporting progress;
 * a cancel stops it between chunks and leaves the database as it was.
 */
import { runLogFingerprint } from '../study/import-run-log';
import { getDatabase } from '../db/database';
import { writeImportedStudy } from '../db/import-write';
import { collectImport, gradeStudy } from './collect-import';
import type { FromWorker, ImportJob, ImportPhase, ToWorker } from './import-job';
import { ImportCancelled } from './read-stream';

declare const self: DedicatedWorkerGlobalScope;

let cancelled = false;
const isCancelled = () => cancelled;

function post(message: FromWorker): void {
  self.postMessage(message);
}

let lastPost = 0;
function progress(phase: ImportPhase, fraction: number, detail: string, force = false): void {
  const now = performance.now();
  if (!force && now - lastPost < 80) return;
  lastPost = now;
  post({ type: 'progress', progress: { phase, fraction: Math.min(1, Math.max(0, fraction)), detail } });
}

// Shares of the whole import's progress bar.
const READ = 0.45;
const GRADE = 0.3;

async function run(job: ImportJob): Promise<void> {
  const t0 = performance.now();
  const db = getDatabase();
  let seed;
  if (job.intoStudyId) {
    const study = await db.studies.get(job.intoStudyId);
    if (!study) throw new Error(`there is no study “${job.intoStudyId}” to add runs to`);
    const questions = await db.questions.where('studyId').equals(job.intoStudyId).toArray();
    seed = { questions, header: study.header };
  }
  const log = await collectImport(
    job,
    { cancelled: isCancelled, onRead: (bytes, total, detail) => progress('read', total ? (READ * bytes) / total : 0, detail) },
    seed,
  );
  const studyId = job.intoStudyId ?? `run-${runLogFingerprint(log)}`;
  const origin = job.files.length === 1 ? job.files[0].path : `${job.files.length} files`;
  const imported = await gradeStudy(
    log,
    { studyId, origin, now: Date.now(), ...(job.title ? { title: job.title } : {}) },
    {
      cancelled: isCancelled,
      onProgress: (done, total) => progress('grade', READ + (GRADE * done) / total, `graded ${done.toLocaleString('en')} of ${total.toLocaleString('en')} questions`),
    },
  );
  if (job.intoStudyId && seed) {
    const old = await db.studies.get(job.intoStudyId);
    if (old) {
      imported.study.title = job.title?.trim() || old.title;
      imported.study.createdAt = old.createdAt;
      imported.study.origin = `${old.origin} + ${origin}`;
    }
  }
  progress('write', READ + GRADE, 'storing…', true);
  await writeImportedStudy(db, imported, {
    cancelled: isCancelled,
    cancelError: () => new ImportCancelled(),
    onProgress: (f) => progress('write', READ + GRADE + (1 - READ - GRADE) * f, `stored ${Math.round(f * 100)} %`),
  });
  post({
    type: 'done',
    summary: {
      studyId,
      questions: imported.study.questionCount,
      conditions: imported.study.conditions.length,
      disagreements: imported.study.disagreementCount,
      ms: Math.round(performance.now() - t0),
    },
  });
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  run(msg.job).catch((err: unknown) => {
    if (err instanceof ImportCancelled || (err as { inner?: unknown })?.inner instanceof ImportCancelled || cancelled) post({ type: 'cancelled' });
    else post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  });
};
