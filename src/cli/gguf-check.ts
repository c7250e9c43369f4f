/** A model path must name a readable GGUF file: checked by its magic before anything loads it. */
import { open, stat } from 'node:fs/promises';
import { InputError } from '../engine/data/input-error';

export async function checkGgufFile(file: string, flag = '--model'): Promise<void> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new InputError(`${flag} ${file}: no such file`);
  }
  if (info.isDirectory()) throw new InputError(`${flag} ${file}: is a directory, expected a .gguf model file`);
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await fh.read(buf, 0, 4, 0);
    if (bytesRead < 4 || buf.toString('latin1') !== 'GGUF') {
      throw new InputError(`${flag} ${file}: not a GGUF model file (it does not start with the GGUF magic)`);
    }
  } finally {
    await fh.close();
  }
}
