import { useRef, useState } from 'react';
import { JsonValueStream } from '../../../shared/import/json-stream';
import { guessMapping, missingTargets, type FieldMapping } from '../../../shared/import/record-mapping';
import { sniffKind } from '../import/detect-kind';
import { startImport, type RunningImport } from '../import/import-client';
import { IMPORT_KIND_LABELS, type ImportFile, type ImportKind, type ImportProgress, type ImportSummary } from '../import/import-job';
import type { StudyRecord } from '../study/study-types';
import { FieldMappingForm } from './FieldMappingForm';

export interface ImportDialogProps {
  /** The open study, offered as a target for adding runs. */
  study?: StudyRecord;
  onClose: () => void;
  onImported: (studyId: string) => void;
}

const HEAD_BYTES = 256 * 1024;

async function firstValue(file: File): Promise<{ head: string; value: unknown }> {
  const head = await file.slice(0, HEAD_BYTES).text();
  try {
    const s = new JsonValueStream(file.name);
    return { head, value: s.push(head)[0]?.value };
  } catch {
    return { head, value: undefined };
  }
}

type Stage = { name: 'choose' } | { name: 'running'; progress: ImportProgress } | { name: 'done'; summary: ImportSummary } | { name: 'cancelled' };

/** Import into a study: choose files or folders, check what they are, map fields, run with progress. */
export function ImportDialog({ study, onClose, onImported }: ImportDialogProps) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const running = useRef<RunningImport | null>(null);
  const [files, setFiles] = useState<ImportFile[]>([]);
  const [kind, setKind] = useState<ImportKind>('run-log');
  const [sample, setSample] = useState<unknown>(undefined);
  const [mapping, setMapping] = useState<FieldMapping>({});
  const [into, setInto] = useState(false);
  const [title, setTitle] = useState('');
  const [stage, setStage] = useState<Stage>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);

  const chosen = async (list: FileList | null, folders: boolean) => {
    if (!list || list.length === 0) return;
    let picked = [...list].map((file) => ({ file, path: (folders && file.webkitRelativePath) || file.name }));
    // Folders add to folders chosen before (a browser picks one folder at a time); a top folder
    // whose name is already there gets a number.
    const keep = folders && kind === 'm1-folders' ? files : [];
    const tops = new Set(keep.map((f) => f.path.split('/')[0]));
    const top = picked[0]?.path.split('/')[0] ?? '';
    if (tops.has(top)) {
      let n = 2;
      while (tops.has(`${top} (${n})`)) n++;
      picked = picked.map((f) => ({ ...f, path: `${top} (${n})${f.path.slice(top.length)}` }));
    }
    const relevant = [...keep, ...picked.filter((f) => /\.(ya?ml|jsonl?|txt)$/i.test(f.path))];
    setError(null);
    setStage({ name: 'choose' });
    setFiles(relevant);
    const firstJson = relevant.find((f) => /\.jsonl?$|\.txt$/i.test(f.path) && !f.path.endsWith('config.yaml'));
    const { head, value } = firstJson ? await firstValue(firstJson.file) : { head: '', value: undefined };
    const k = sniffKind(relevant.map((f) => f.path), head, value);
    setKind(k);
    setSample(value);
    setMapping(value !== undefined ? guessMapping(value) : {});
  };

  const start = () => {
    setError(null);
    const job = { kind, files, ...(kind === 'records' ? { mapping } : {}), ...(into && study ? { intoStudyId: study.id } : {}), ...(title.trim() ? { title: title.trim() } : {}) };
    const run = startImport(job, (progress) => setStage({ name: 'running', progress }));
    running.current = run;
    setStage({ name: 'running', progress: { phase: 'read', fraction: 0, detail: 'starting…' } });
    run.result
      .then((summary) => {
        running.current = null;
        if (summary) {
          setStage({ name: 'done', summary });
          onImported(summary.studyId);
        } else setStage({ name: 'cancelled' });
      })
      .catch((e: unknown) => {
        running.current = null;
        setStage({ name: 'choose' });
        setError(e instanceof Error ? e.message : String(e));
      });
  };

  const missing = kind === 'records' ? missingTargets(mapping) : [];
  const versions = files.filter((f) => f.path.endsWith('config.yaml')).length;
  const busy = stage.name === 'running';

  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="import-title" data-testid="import-dialog">
        <h2 id="import-title" className="dialog__title">
          Import into a study
        </h2>
        <p className="dialog__hint">
          A workbench run log; reference m1 output folders (choose the folder holding the <code>version_N</code> folders, or several of them); JSON Lines with one record
          per question × condition; or an eval data file alone.
        </p>
        <div className="dialog__row">
          <button type="button" className="button" disabled={busy} data-testid="import-choose-files" onClick={() => filesInput.current?.click()}>
            Choose files…
          </button>
          <button type="button" className="button" disabled={busy} data-testid="import-choose-folder" onClick={() => folderInput.current?.click()}>
            {kind === 'm1-folders' && files.length ? 'Add a folder…' : 'Choose folders…'}
          </button>
          {files.length ? (
            <button type="button" className="button" disabled={busy} data-testid="import-clear" onClick={() => setFiles([])}>
              Clear
            </button>
          ) : null}
          <input
            ref={filesInput}
            type="file"
            multiple
            hidden
            data-testid="import-files"
            accept=".jsonl,.json,.txt,.yaml,.yml"
            onChange={(e) => {
              void chosen(e.target.files, false);
              e.target.value = '';
            }}
          />
          <input
            ref={folderInput}
            type="file"
            multiple
            hidden
            data-testid="import-folder"
            {...{ webkitdirectory: '' }}
            onChange={(e) => {
              void chosen(e.target.files, true);
              e.target.value = '';
            }}
          />
          {files.length ? (
            <span className="toolbar__count" data-testid="import-file-count">
              {files.length} file{files.length === 1 ? '' : 's'}
              {versions ? ` · ${versions} version folder${versions === 1 ? '' : 's'}` : ''} · {(files.reduce((s, f) => s + f.file.size, 0) / 1e6).toFixed(1)} MB
            </span>
          ) : null}
        </div>
        {files.length ? (
          <>
            <label className="dialog__field">
              Read as
              <select value={kind} disabled={busy} data-testid="import-kind" onChange={(e) => setKind(e.target.value as ImportKind)}>
                {(Object.keys(IMPORT_KIND_LABELS) as ImportKind[]).map((k) => (
                  <option key={k} value={k}>
                    {IMPORT_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </label>
            {kind === 'records' ? (
              sample !== undefined ? (
                <FieldMappingForm sample={sample} mapping={mapping} onChange={setMapping} />
              ) : (
                <p className="dialog__error">The first record of the file could not be read as JSON.</p>
              )
            ) : null}
            <div className="dialog__row">
              {study ? (
                <label className="toolbar__check">
                  <input type="checkbox" checked={into} disabled={busy} data-testid="import-into" onChange={(e) => setInto(e.target.checked)} />
                  Add these runs to “{study.title}”
                </label>
              ) : null}
              {!into ? (
                <label className="dialog__field">
                  Title
                  <input value={title} disabled={busy} placeholder="from the files" data-testid="import-title" onChange={(e) => setTitle(e.target.value)} />
                </label>
              ) : null}
            </div>
          </>
        ) : null}
        {stage.name === 'running' ? (
          <div className="import-progress" data-testid="import-progress">
            <progress max={1} value={stage.progress.fraction} />
            <span className="import-progress__text">
              {stage.progress.phase === 'read' ? 'Reading' : stage.progress.phase === 'grade' ? 'Grading' : 'Storing'} · {Math.round(stage.progress.fraction * 100)}% · {stage.progress.detail}
            </span>
          </div>
        ) : null}
        {stage.name === 'cancelled' ? <p className="dialog__note" data-testid="import-cancelled">Import cancelled; nothing was stored.</p> : null}
        {stage.name === 'done' ? (
          <p className="dialog__note" data-testid="import-done">
            Imported {stage.summary.questions.toLocaleString('en')} questions × {stage.summary.conditions} conditions in {(stage.summary.ms / 1000).toFixed(1)} s
            {stage.summary.disagreements ? `; ${stage.summary.disagreements} verdict disagreements flagged` : ''}.
          </p>
        ) : null}
        {error ? (
          <pre className="dialog__error" data-testid="import-error">
            {error}
          </pre>
        ) : null}
        <div className="dialog__actions">
          {busy ? (
            <button type="button" className="button" data-testid="import-cancel" onClick={() => running.current?.cancel()}>
              Cancel import
            </button>
          ) : (
            <>
              <button type="button" className="button" data-testid="import-close" onClick={onClose}>
                Close
              </button>
              <button
                type="button"
                className="button button--primary"
                data-testid="import-start"
                disabled={files.length === 0 || missing.length > 0 || stage.name === 'done'}
                title={missing.length ? `Map: ${missing.join(', ')}` : undefined}
                onClick={start}
              >
                Import
              </button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
