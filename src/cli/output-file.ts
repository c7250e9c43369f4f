/**
 * Output files are written to a temporary file beside the target and renamed into place on
 * success, so a failed command leaves nothing behind.
 */
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../engine/data/input-error';

export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${Date.now()}`);
}

export async function checkOutputDir(file: string, flag = '--out'): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new InputError(`${flag} ${file}: directory ${dir} does not exist`);
  }
  if (!info.isDirectory()) throw new InputError(`${flag} ${file}: ${dir} is not a directory`);
  try {
    if ((await stat(file)).isDirectory()) throw new InputError(`${flag} ${file}: is a directory`);
  } catch (e) {
    if (e instanceof InputError) throw e;
  }
}

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = tempPathFor(file);
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
