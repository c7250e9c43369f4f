import { useState } from 'react';
import type { ConditionId, Tag } from '../../../shared/domain';
import { clearStudyAnnotations, putAnnotations } from '../db/annotations';
import { getDatabase } from '../db/database';
import { useQueues, useTaxonomy } from '../data/use-review';
import { datasetFolder, zipFolder } from '../study/export-dataset';
import { conditionRecords, provenanceOf, questionRecord, toJsonLines, type ExportPair } from '../study/export-records';
import { summaryCsv } from '../study/export-summary';
import { parseExportedAnnotations } from '../study/import-annotations';
import type { QuestionListRow, QuestionRecord, StudyRecord } from '../study/study-types';
import { canPickFolder, downloadFile, writeFolder } from './download';
import { ConditionSelect } from './ConditionSelect';

export interface ExportPageProps {
  study: StudyRecord;
  /** The question list as currently filtered. */
  rows: readonly QuestionListRow[];
  tags: readonly Tag[];
}

type Granularity = 'condition' | 'question';

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
}

/** Export the current filter or a queue as a labelled error set; restore annotations from an export. */
export function ExportPage({ study, rows, tags }: ExportPageProps) {
  const queues = useQueues(study.id);
  const taxonomy = useTaxonomy();
  const [scope, setScope] = useState('list');
  const [granularity, setGranularity] = useState<Granularity>('condition');
  const [from, setFrom] = useState<ConditionId>(study.conditions[0]);
  const [to, setTo] = useState<ConditionId>(study.conditions[study.conditions.length - 1]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const queue = scope.startsWith('queue:') ? queues?.find((q) => q.id === scope.slice(6)) : undefined;
  const keys = scope === 'all' ? null : queue ? queue.items.map((i) => i.key) : rows.map((r) => r.key);
  const pair: ExportPair = queue ? { from: queue.from, to: queue.to } : { from, to };
  const scopeText = queue ? `queue “${queue.name}” (${queue.items.length} questions)` : scope === 'all' ? `all ${study.questionCount} questions` : `the current list (${rows.length} questions)`;
  const baseName = safeName(`${study.title}-${queue ? queue.name : scope === 'all' ? 'all' : 'list'}`);

  const load = async (): Promise<{ questions: QuestionRecord[]; byKey: Map<string, Tag[]> }> => {
    const db = getDatabase();
    const questions = keys
      ? (await db.questions.bulkGet(keys.map((k) => [study.id, k] as [string, string]))).filter((q): q is QuestionRecord => q !== undefined)
      : await db.questions.where('[studyId+order]').between([study.id, -Infinity], [study.id, Infinity]).toArray();
    const byKey = new Map<string, Tag[]>();
    for (const t of tags) {
      const list = byKey.get(t.questionKey);
      if (list) list.push(t);
      else byKey.set(t.questionKey, [t]);
    }
    return { questions, byKey };
  };

  const run = async (what: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ kind: 'ok', text: await what() });
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const records = async () => {
    const { questions, byKey } = await load();
    const qRecs = questions.map((q) => questionRecord(study, q, byKey.get(q.key) ?? [], pair));
    const cRecs = questions.flatMap((q) => conditionRecords(study, q, byKey.get(q.key) ?? [], pair));
    return { qRecs, cRecs };
  };

  const jsonl = () =>
    run(async () => {
      const { qRecs, cRecs } = await records();
      const text = toJsonLines(granularity === 'condition' ? cRecs : qRecs);
      downloadFile(`${baseName}.${granularity === 'condition' ? 'conditions' : 'questions'}.jsonl`, text, 'application/x-ndjson');
      return `Exported ${granularity === 'condition' ? cRecs.length : qRecs.length} records.`;
    });
  const csv = () =>
    run(async () => {
      const { qRecs } = await records();
      downloadFile(`${baseName}.summary.csv`, summaryCsv(qRecs, study.conditions), 'text/csv');
      return `Exported the summary of ${qRecs.length} questions.`;
    });
  const dataset = (target: 'zip' | 'folder') =>
    run(async () => {
      const { qRecs, cRecs } = await records();
      const folder = datasetFolder({
        name: baseName,
        provenance: provenanceOf(study),
        pair,
        conditionRecords: cRecs,
        questionRecords: qRecs,
        conditions: study.conditions,
        labels: taxonomy,
        scope: scopeText,
      });
      if (target === 'folder') await writeFolder(folder.name, folder.files);
      else downloadFile(`${baseName}.zip`, zipFolder(folder) as Uint8Array<ArrayBuffer>, 'application/zip');
      return `Wrote the dataset folder “${folder.name}” (${qRecs.length} questions, ${cRecs.length} records).`;
    });
  const restore = (file: File) =>
    run(async () => {
      const parsed = parseExportedAnnotations(await file.text(), file.name);
      await putAnnotations(getDatabase(), parsed);
      const other = parsed.filter((t) => t.studyId !== study.id).length;
      return `Restored ${parsed.length} annotations from ${file.name}${other ? ` (${other} belong to another study)` : ''}.`;
    });
  const clear = () =>
    run(async () => {
      if (!window.confirm(`Delete all ${tags.length} annotations of this study? Export them first to keep them.`)) return 'Nothing deleted.';
      const n = await clearStudyAnnotations(getDatabase(), study.id);
      return `Deleted ${n} annotations.`;
    });

  return (
    <section className="review-screen" data-testid="export-page">
      <h2 className="section-title">Export a labelled error set</h2>
      <div className="review-form">
        <label>
          Questions
          <select value={scope} data-testid="export-scope" onChange={(e) => setScope(e.target.value)}>
            <option value="list">Current list ({rows.length})</option>
            <option value="all">All questions ({study.questionCount})</option>
            {(queues ?? []).map((q) => (
              <option key={q.id} value={`queue:${q.id}`}>
                Queue {q.name} ({q.items.length})
              </option>
            ))}
          </select>
        </label>
        <label>
          Records
          <select value={granularity} data-testid="export-granularity" onChange={(e) => setGranularity(e.target.value as Granularity)}>
            <option value="condition">one per question × condition</option>
            <option value="question">one per question</option>
          </select>
        </label>
        <ConditionSelect label="Flip from" conditions={study.conditions} value={pair.from} disabled={!!queue} testId="export-from" onChange={setFrom} />
        <ConditionSelect label="to" conditions={study.conditions} value={pair.to} disabled={!!queue} testId="export-to" onChange={setTo} />
      </div>
      <div className="review-form">
        <button type="button" className="button" disabled={busy} data-testid="export-jsonl" onClick={() => void jsonl()}>
          JSON Lines
        </button>
        <button type="button" className="button" disabled={busy} data-testid="export-csv" onClick={() => void csv()}>
          CSV summary
        </button>
        <button type="button" className="button" disabled={busy} data-testid="export-zip" onClick={() => void dataset('zip')}>
          Dataset folder (.zip)
        </button>
        {canPickFolder() ? (
          <button type="button" className="button" disabled={busy} data-testid="export-folder" onClick={() => void dataset('folder')}>
            Dataset folder on disk…
          </button>
        ) : null}
      </div>
      <p className="hint">Exports {scopeText}; the dataset folder holds a dataset card, both record kinds as JSON Lines and the CSV summary.</p>
      <h2 className="section-title">Restore annotations</h2>
      <div className="review-form">
        <label>
          From an exported JSON Lines file
          <input
            type="file"
            accept=".jsonl,.json,application/x-ndjson"
            data-testid="import-annotations"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void restore(file);
            }}
          />
        </label>
        <button type="button" className="button" disabled={busy} data-testid="clear-annotations" onClick={() => void clear()}>
          Delete this study’s annotations…
        </button>
      </div>
      {message ? (
        <p className={message.kind === 'error' ? 'annotations__error' : 'hint'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="export-message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
