/**
 * Reads a file as text in chunks, so a large file never has to sit in memory twice and the
 * import can report progress and stop between chunks.
 */

export interface ReadHooks {
  /** Bytes of this file read so far. */
  onBytes?: (bytes: number) => void;
  /** Checked between chunks; reading stops with ImportCancelled when it returns true. */
  cancelled?: () => boolean;
}

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** Calls `onText` with each decoded chunk of the file. */
export async function readTextChunks(file: Blob, onText: (text: string) => void, hooks: ReadHooks = {}): Promise<void> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  for (;;) {
    if (hooks.cancelled?.()) {
      await reader.cancel();
      throw new ImportCancelled();
    }
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    const text = decoder.decode(value, { stream: true });
    if (text) onText(text);
    hooks.onBytes?.(bytes);
  }
  const rest = decoder.decode();
  if (rest) onText(rest);
}

/** The whole file as text (for small files: configs, eval data). */
export async function readText(file: Blob, hooks: ReadHooks = {}): Promise<string> {
  const parts: string[] = [];
  await readTextChunks(file, (t) => parts.push(t), hooks);
  return parts.join('');
}
