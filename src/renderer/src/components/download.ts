/**
 * Saving a file from the browser: a download through an object URL, or a folder through the File
 * System Access API where the browser has it.
 */

export function downloadFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface WritableFile {
  write(data: string): Promise<void>;
  close(): Promise<void>;
}
interface FileHandle {
  createWritable(): Promise<WritableFile>;
}
interface DirectoryHandle {
  getDirectoryHandle(name: string, options: { create: boolean }): Promise<DirectoryHandle>;
  getFileHandle(name: string, options: { create: boolean }): Promise<FileHandle>;
}
type DirectoryPicker = (options?: { mode?: 'readwrite' }) => Promise<DirectoryHandle>;

/** Whether the browser can write a folder (File System Access API). */
export function canPickFolder(): boolean {
  return typeof window !== 'undefined' && typeof (window as unknown as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker === 'function';
}

/** Writes files (paths with "/") into a new folder `name` inside a folder the user picks. */
export async function writeFolder(name: string, files: Record<string, string>): Promise<void> {
  const pick = (window as unknown as { showDirectoryPicker: DirectoryPicker }).showDirectoryPicker;
  const parent = await pick({ mode: 'readwrite' });
  const root = await parent.getDirectoryHandle(name, { create: true });
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/');
    let dir = root;
    for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
    const file = await dir.getFileHandle(parts[parts.length - 1], { create: true });
    const w = await file.createWritable();
    await w.write(text);
    await w.close();
  }
}
