/**
 * Reads the chosen files of an import job into one run log (streaming, with progress and
 * cancel), and grades it into a study in slices. No storage here: the worker stores.
 */
import type { Item } from '../../../shared/domain';
import { ImportError, importFail } from '../../../shared/import/import-error';
import { evalDataItems } from '../../../shared/import/eval-data';
import { JsonValueStream, type JsonValueAt } from '../../../shared/import/json-stream';
import { parseVersionConfig, referenceParts, versionFolders, type VersionConfig } from '../../../shared/import/m1-reference';
import { mappedPart } from '../../../shared/import/record-mapping';
import { getPreset } from '../../../shared/protocol/preset';
import { issuePath, questionRecordSchema, runHeaderSchema, type QuestionRecordLine, type RunHeader, type RunLog } from '../../../shared/runlog';
import { importRunLog, studyRecordOf } from '../study/import-run-log';
import type { ImportedStudy, QuestionRecord } from '../study/study-types';
import type { ImportFile, ImportJob } from './import-job';
import { ImportCancelled, readText, readTextChunks } from './read-stream';
import { StudyCollector } from './study-collector';

export interface CollectHooks {
  /** Bytes read over all files, of the total. */
  onRead?: (bytes: number, total: number, detail: string) => void;
  cancelled?: () => boolean;
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** Streams a file's JSON values to `onValue`. */
async function streamValues(f: ImportFile, onValue: (v: JsonValueAt) => void, readSoFar: number, total: number, hooks: CollectHooks): Promise<void> {
  const stream = new JsonValueStream(f.path);
  let count = 0;
  await readTextChunks(
    f.file,
    (text) => {
      for (const v of stream.push(text)) {
        onValue(v);
        count++;
      }
    },
    { cancelled: hooks.cancelled, onBytes: (b) => hooks.onRead?.(readSoFar + b, total, `${baseName(f.path)}: ${count.toLocaleString('en')} records`) },
  );
  for (const v of stream.end()) onValue(v);
}

async function allValues(f: ImportFile, hooks: CollectHooks): Promise<JsonValueAt[]> {
  const out: JsonValueAt[] = [];
  await streamValues(f, (v) => out.push(v), 0, 0, { cancelled: hooks.cancelled });
  return out;
}

function fallbackHeader(job: ImportJob, model = 'unknown', engine = 'imported'): RunHeader {
  const names = job.files.map((f) => f.path.split('/')[0]);
  return {
    type: 'header',
    format: 'm1wb.runlog',
    version: 1,
    title: job.title?.trim() || `Imported ${[...new Set(names)].slice(0, 3).join(', ')}${new Set(names).size > 3 ? ', …' : ''}`,
    model: { file: model },
    preset: { ...getPreset('m1') },
    grid: { budgets: [], rounds: [] },
    mode: 'imported',
    budgetPolicy: 'm1-exact',
    engine: { name: engine },
    startedAt: new Date().toISOString(),
  };
}

/** Reads the job's files into a run log; `seed` is an existing study to add runs to. */
export async function collectImport(job: ImportJob, hooks: CollectHooks = {}, seed?: { questions: QuestionRecord[]; header: RunHeader }): Promise<RunLog> {
  if (job.files.length === 0) throw new ImportError('no files chosen', 'import');
  const collector = new StudyCollector();
  if (seed) collector.seed(seed.questions, seed.header);
  const total = job.files.reduce((s, f) => s + f.file.size, 0);
  let read = 0;
  let header = fallbackHeader(job);

  if (job.kind === 'run-log') {
    for (const f of job.files) {
      let fileHeader: RunHeader | undefined;
      await streamValues(
        f,
        ({ value, line }) => {
          const schema = fileHeader ? questionRecordSchema : runHeaderSchema;
          const parsed = schema.safeParse(value);
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            importFail(f.path, line, issuePath(issue.path), issue.message);
          }
          if (fileHeader) collector.addRecord(parsed.data as QuestionRecordLine, `${f.path}:${line}`);
          else {
            fileHeader = parsed.data as RunHeader;
            collector.setHeader(fileHeader);
          }
        },
        read,
        total,
        hooks,
      );
      if (!fileHeader) importFail(f.path, undefined, undefined, 'empty run log (no header line)');
      read += f.file.size;
    }
  } else if (job.kind === 'm1-folders') {
    const byPath = new Map(job.files.map((f) => [f.path, f]));
    const configs = new Map<string, VersionConfig>();
    for (const f of job.files) {
      if (baseName(f.path) !== 'config.yaml') continue;
      const c = parseVersionConfig(await readText(f.file, { cancelled: hooks.cancelled }), f.path);
      configs.set(c.dir, c);
    }
    const versions = versionFolders(
      job.files.map((f) => f.path),
      (dir) => {
        const name = configs.get(dir)?.config.output_name;
        return typeof name === 'string' ? name : undefined;
      },
    );
    if (versions.length === 0) throw new ImportError('no m1 output folder among the chosen files (no config.yaml)', 'import');
    const seen = new Map<string, string>();
    for (const v of versions) {
      const config = configs.get(v.dir)!;
      const id = `b${config.condition.budget}.r${config.condition.rounds}`;
      const other = seen.get(id);
      if (other !== undefined) importFail(v.config, undefined, 'max_new_tokens', `condition ${id} is also in ${other || '.'}`);
      seen.set(id, v.dir);
      const scored = v.scored ? await allValues(byPath.get(v.scored)!, hooks) : undefined;
      const results: JsonValueAt[] = [];
      const rf = byPath.get(v.results)!;
      await streamValues(rf, (x) => results.push(x), read, total, hooks);
      read += rf.file.size + (v.scored ? byPath.get(v.scored)!.file.size : 0);
      for (const part of referenceParts(config, v.results, results, v.scored, scored)) collector.addPart(part, `${v.results}`, config.preset.forceString);
    }
    const first = configs.get(versions[0].dir)!;
    header = fallbackHeader(job, typeof first.config.model_path === 'string' ? first.config.model_path : 'unknown', 'm1-reference-scripts');
    if (!job.title) header.title = `m1 output: ${versions.map((v) => baseName(v.dir) || '.').join(', ')}`;
  } else if (job.kind === 'records') {
    const mapping = job.mapping ?? {};
    const counters = new Map<string, Map<string, number>>();
    for (const f of job.files) {
      const defaultSource = baseName(f.path).replace(/\.[^.]*$/, '');
      await streamValues(
        f,
        ({ value, line }) => collector.addPart(mappedPart(value, mapping, { file: f.path, line, defaultSource }, counters), `${f.path}:${line}`),
        read,
        total,
        hooks,
      );
      read += f.file.size;
    }
  } else {
    for (const f of job.files) {
      const text = await readText(f.file, { cancelled: hooks.cancelled, onBytes: (b) => hooks.onRead?.(read + b, total, baseName(f.path)) });
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        importFail(f.path, undefined, undefined, `not valid JSON (${(e as Error).message})`);
      }
      const items: Item[] = evalDataItems(value, f.path);
      for (const item of items) collector.addItem(item, f.path);
      read += f.file.size;
    }
  }
  hooks.onRead?.(total, total, `${collector.questionCount.toLocaleString('en')} questions read`);
  return collector.finish(header);
}

export interface GradeHooks {
  onProgress?: (done: number, total: number) => void;
  cancelled?: () => boolean;
}

const SLICE = 250;

/** Grades the run log into a study, a slice at a time (yielding between slices). */
export async function gradeStudy(log: RunLog, options: { studyId: string; origin: string; now: number; title?: string }, hooks: GradeHooks = {}): Promise<ImportedStudy> {
  const questions: QuestionRecord[] = [];
  const rows: ImportedStudy['rows'] = [];
  for (let i = 0; i < log.records.length; i += SLICE) {
    if (hooks.cancelled?.()) throw new ImportCancelled();
    const part = importRunLog({ header: log.header, records: log.records.slice(i, i + SLICE) }, options);
    part.questions.forEach((q, k) => {
      q.order = i + k;
      questions.push(q);
    });
    part.rows.forEach((r, k) => {
      r.order = i + k;
      rows.push(r);
    });
    hooks.onProgress?.(Math.min(i + SLICE, log.records.length), log.records.length);
    await new Promise((r) => setTimeout(r, 0));
  }
  return { study: studyRecordOf(log, questions, rows, options), questions, rows };
}
