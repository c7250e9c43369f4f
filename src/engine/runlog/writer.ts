/**
 * Run-log writer: JSON Lines, the header first, then one question record per line, each
 * appended with a single write and flushed to disk (fsync) before the next question starts.
 * A crash can at worst leave one torn last line; resuming truncates it.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, statSync, truncateSync, writeSync } from 'node:fs';
import path from 'node:path';
import { itemKey } from '../../shared/domain';
import { parseRunLog, questionRecordSchema, issuePath, type QuestionRecordLine, type RunHeader, type RunLog } from '../../shared/runlog';
import { checkSameRun } from './header';

export interface ResumeState {
  /** Null when the file holds no complete line. */
  log: RunLog | null;
  /** Bytes of complete lines; anything after them is a torn line from a crash. */
  validBytes: number;
  tornBytes: number;
}

/** Read a run log written by a sweep that may have been killed; null when absent or empty. */
export function readRunLogForResume(file: string): ResumeState | null {
  if (!existsSync(file)) return null;
  const buf = readFileSync(file);
  const lastNewline = buf.lastIndexOf(0x0a);
  const validBytes = lastNewline + 1;
  const tornBytes = buf.length - validBytes;
  const text = buf.subarray(0, validBytes).toString('utf8');
  if (!text.trim()) return buf.length === 0 ? null : { log: null, validBytes: 0, tornBytes: buf.length };
  return { log: parseRunLog(text, file), validBytes, tornBytes };
}

function writeAll(fd: number, data: Buffer): void {
  let off = 0;
  while (off < data.length) off += writeSync(fd, data, off, data.length - off);
}

function fsyncDir(file: string): void {
  try {
    const dfd = openSync(path.dirname(path.resolve(file)), 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // Directories cannot be opened for fsync on every platform.
  }
}

export class RunLogWriter {
  private constructor(
    private fd: number | null,
    readonly file: string,
    readonly header: RunHeader,
    /** Keys (source#index) of questions already in the file. */
    readonly done: Set<string>,
    readonly tornBytesDropped: number,
  ) {}

  /**
   * Open `file` for a sweep with `header`. Without resume, an existing non-empty file is
   * refused. With resume, the existing header must describe the same run; finished
   * questions are listed in `done` and a torn last line is truncated.
   */
  static open(file: string, header: RunHeader, opts: { resume?: boolean } = {}): RunLogWriter {
    if (opts.resume) {
      const state = readRunLogForResume(file);
      if (state?.log) {
        checkSameRun(state.log.header, header, file);
        if (state.tornBytes > 0) truncateSync(file, state.validBytes);
        const fd = openSync(file, 'a');
        return new RunLogWriter(fd, file, state.log.header, new Set(state.log.records.map((r) => itemKey(r.item))), state.tornBytes);
      }
      // Nothing usable (absent, empty, or only a torn header): start the file afresh.
      return RunLogWriter.create(file, header, state?.tornBytes ?? 0);
    }
    if (existsSync(file) && statSync(file).size > 0) {
      throw new Error(`${file}: the run log already exists; resume it or choose another output path`);
    }
    return RunLogWriter.create(file, header, 0);
  }

  /** The checks of `open` without writing anything: existing file without resume, different run. */
  static preflight(file: string, header: RunHeader, opts: { resume?: boolean } = {}): void {
    if (opts.resume) {
      const state = readRunLogForResume(file);
      if (state?.log) checkSameRun(state.log.header, header, file);
    } else if (existsSync(file) && statSync(file).size > 0) {
      throw new Error(`${file}: the run log already exists; resume it or choose another output path`);
    }
  }

  private static create(file: string, header: RunHeader, torn: number): RunLogWriter {
    const fd = openSync(file, 'w');
    writeAll(fd, Buffer.from(JSON.stringify(header) + '\n', 'utf8'));
    fsyncSync(fd);
    fsyncDir(file);
    return new RunLogWriter(fd, file, header, new Set(), torn);
  }

  /** Validate and append one question record, then flush it to disk. */
  append(record: QuestionRecordLine): void {
    if (this.fd === null) throw new Error(`${this.file}: the run log is closed`);
    const parsed = questionRecordSchema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${this.file}: record for ${itemKey(record.item)}: field ${issuePath(issue.path)}: ${issue.message}`);
    }
    writeAll(this.fd, Buffer.from(JSON.stringify(record) + '\n', 'utf8'));
    fsyncSync(this.fd);
    this.done.add(itemKey(record.item));
  }

  close(): void {
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
    }
  }
}
