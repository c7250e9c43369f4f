/**
 * Runs in the data folder: `runs/<id>/request.json` (what was asked), `run.jsonl` (the run
 * log, written question by question by the engine) and `state.json` (the last known state).
 * Everything a run needs to continue is on disk, so a closed or crashed window loses nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runRequestSchema, type RunRequest, type RunState } from '../../shared/desktop/run';

export interface StoredState {
  state: RunState;
  total: number;
  error?: string;
  startedAt: string;
  updatedAt: string;
}

export class RunStore {
  constructor(private readonly dataDir: () => string) {}

  get root(): string {
    return path.join(this.dataDir(), 'runs');
  }

  dir(id: string): string {
    return path.join(this.root, id);
  }

  runLog(id: string): string {
    return path.join(this.dir(id), 'run.jsonl');
  }

  newId(request: RunRequest): string {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15).toLowerCase();
    const base = (request.title ?? path.basename(request.model, '.gguf'))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
    let id = `${stamp}-${base || 'run'}`;
    for (let n = 2; existsSync(this.dir(id)); n++) id = `${stamp}-${base || 'run'}-${n}`;
    return id;
  }

  create(id: string, request: RunRequest): void {
    mkdirSync(this.dir(id), { recursive: true });
    this.writeJson(path.join(this.dir(id), 'request.json'), request);
  }

  ids(): string[] {
    if (!existsSync(this.root)) return [];
    return readdirSync(this.root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(this.root, d.name, 'request.json')))
      .map((d) => d.name)
      .sort()
      .reverse();
  }

  exists(id: string): boolean {
    return existsSync(path.join(this.dir(id), 'request.json'));
  }

  request(id: string): RunRequest {
    const file = path.join(this.dir(id), 'request.json');
    const parsed = runRequestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: not a run request (${parsed.error.issues[0].message})`);
    return parsed.data;
  }

  state(id: string): StoredState | undefined {
    const file = path.join(this.dir(id), 'state.json');
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as StoredState;
    } catch {
      return undefined;
    }
  }

  saveState(id: string, state: StoredState): void {
    this.writeJson(path.join(this.dir(id), 'state.json'), state);
  }

  /** Question records in the run log (complete lines after the header). */
  doneCount(id: string): number {
    const file = this.runLog(id);
    if (!existsSync(file)) return 0;
    const lines = readFileSync(file, 'utf8').split('\n');
    // The last element is the text after the final newline: a torn line is not counted.
    return Math.max(0, lines.slice(0, -1).filter((l) => l.trim().length > 0).length - 1);
  }

  private writeJson(file: string, value: unknown): void {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value, null, 2) + '\n');
    renameSync(tmp, file);
  }
}
