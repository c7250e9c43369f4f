/**
 * An error in imported material. The message always names the file, and the line and the
 * field when they are known ("results.json:12: field thinking_text: missing").
 */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Throws an ImportError worded "file:line: field F: problem". */
export function importFail(file: string, line: number | undefined, field: string | undefined, problem: string): never {
  const where = line !== undefined ? `${file}:${line}` : file;
  throw new ImportError(`${where}: ${field ? `field ${field}: ` : ''}${problem}`, file, line, field);
}

/** Plain-language name of a JSON value's type, for messages. */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}
