/** A model path must name a readable GGUF file: checked by its magic before anything loads it. */
import { open, stat } from 'node:fs/promises';

export async function checkGgufFile(file: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new Error(`${file}: no such file`);
  if (info.isDirectory()) throw new Error(`${file}: is a directory, expected a .gguf model file`);
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await fh.read(buf, 0, 4, 0);
    if (bytesRead < 4 || buf.toString('latin1') !== 'GGUF') throw new Error(`${file}: not a GGUF model file (it does not start with the GGUF magic)`);
  } finally {
    await fh.close();
  }
}
