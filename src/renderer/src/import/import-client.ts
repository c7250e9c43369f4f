/**
 * Starts an import in its own worker and follows it: progress, cancel, the result.
 */
import type { FromWorker, ImportJob, ImportProgress, ImportSummary } from './import-job';
import ImportWorker from './import.worker?worker';

export interface RunningImport {
  /** Resolves with the summary; null when cancelled; rejects with the import's error. */
  result: Promise<ImportSummary | null>;
  cancel(): void;
}

export function startImport(job: ImportJob, onProgress: (p: ImportProgress) => void): RunningImport {
  const worker = new ImportWorker();
  const result = new Promise<ImportSummary | null>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      if (msg.type === 'progress') onProgress(msg.progress);
      else {
        worker.terminate();
        if (msg.type === 'done') resolve(msg.summary);
        else if (msg.type === 'cancelled') resolve(null);
        else reject(new Error(msg.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the import worker failed'));
    };
  });
  worker.postMessage({ type: 'start', job });
  return { result, cancel: () => worker.postMessage({ type: 'cancel' }) };
}
