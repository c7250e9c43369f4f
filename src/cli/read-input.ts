/** Text of a file argument, or of standard input when none is given. */
import { readFile } from 'node:fs/promises';
import { InputError } from '../engine/data/input-error';

export const STDIN_NAME = '<stdin>';

export async function readInputText(file: string | undefined): Promise<{ name: string; text: string }> {
  if (!file || file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { name: STDIN_NAME, text: Buffer.concat(chunks).toString('utf8') };
  }
  try {
    return { name: file, text: await readFile(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${(e as Error).message})`);
  }
}
