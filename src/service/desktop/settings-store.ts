/**
 * The settings file: read tolerantly (a missing, damaged or invalid file gives the defaults
 * and a message saying why, and the bad file is kept aside so nothing is lost), written
 * atomically (temporary file, then rename).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { issuePath } from '../../shared/runlog';
import { DEFAULT_SETTINGS, settingsPatchSchema, settingsSchema, type Settings, type SettingsPatch, type SettingsView, type WindowState } from '../../shared/desktop/settings';

export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

function lineOf(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const line = text.slice(0, Number(m[1])).split('\n').length;
  return `:${line}`;
}

/** Parse settings text; throws a SettingsError naming the file, line and field. */
export function parseSettings(text: string, file: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SettingsError(`${file}${lineOf(text, (e as Error).message)}: not valid JSON (${(e as Error).message})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new SettingsError(`${file}: expected a JSON object`);
  // Fields added in later versions fall back to their defaults.
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(raw as object) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsError(`${file}: field ${issuePath(issue.path)}: ${issue.message}`);
  }
  return parsed.data;
}

export class SettingsStore {
  private current: Settings;
  private problem?: string;

  constructor(
    readonly file: string,
    private readonly defaultDataDir: string,
  ) {
    this.current = structuredClone(DEFAULT_SETTINGS);
    this.load();
  }

  private load(): void {
    if (!existsSync(this.file)) return;
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (e) {
      this.problem = `${this.file}: cannot be read (${(e as Error).message}); using the defaults`;
      return;
    }
    try {
      this.current = parseSettings(text, this.file);
    } catch (e) {
      const aside = `${this.file}.damaged-${Date.now()}`;
      try {
        renameSync(this.file, aside);
        this.problem = `${(e as Error).message}. The defaults are in use; the damaged file was kept as ${aside}`;
      } catch {
        this.problem = `${(e as Error).message}. The defaults are in use`;
      }
    }
  }

  get settings(): Settings {
    return structuredClone(this.current);
  }

  /** The data folder in effect. */
  get dataDir(): string {
    return this.current.dataDir ? path.resolve(this.current.dataDir) : this.defaultDataDir;
  }

  view(): SettingsView {
    const v: SettingsView = { settings: this.settings, file: this.file, dataDir: this.dataDir };
    if (this.problem) v.problem = this.problem;
    return v;
  }

  update(patch: SettingsPatch): SettingsView {
    const p = settingsPatchSchema.safeParse(patch);
    if (!p.success) {
      const issue = p.error.issues[0];
      throw new SettingsError(`settings: field ${issuePath(issue.path)}: ${issue.message}`);
    }
    const next = settingsSchema.parse({ ...this.current, ...p.data });
    if (next.dataDir && !path.isAbsolute(next.dataDir)) throw new SettingsError(`settings: field dataDir: must be an absolute path, got "${next.dataDir}"`);
    this.write(next);
    this.problem = undefined;
    return this.view();
  }

  rememberModel(file: string): void {
    const recent = [file, ...this.current.recentModels.filter((m) => m !== file)].slice(0, 20);
    this.write({ ...this.current, recentModels: recent });
  }

  rememberWindow(state: WindowState): void {
    this.write({ ...this.current, window: state });
  }

  private write(next: Settings): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(next, null, 2) + '\n');
    renameSync(tmp, this.file);
    this.current = next;
  }
}
