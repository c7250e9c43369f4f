/** Reading and writing whole run-log files for the CLI. */
import { readFile } from 'node:fs/promises';
import { parseRunLog, type RunLog } from '../shared/runlog';
import { InputError } from '../engine/data/input-error';

export async function readRunLogFile(file: string): Promise<RunLog> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : code === 'EISDIR' ? `${file}: is a directory, expected a run log` : `${file}: cannot read (${(e as Error).message})`);
  }
  try {
    return parseRunLog(text, file);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
}

export function serializeRunLog(log: RunLog): string {
  return [log.header, ...log.records].map((x) => JSON.stringify(x)).join('\n') + '\n';
}
