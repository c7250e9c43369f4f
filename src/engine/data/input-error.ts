/**
 * An error in data a user gave us (a file, a flag). Its message names the file and, where
 * it applies, the line, the item and the field, and is meant to be shown as is.
 * The CLI exits with status 2 on these and 1 on everything else.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError || (e instanceof Error && e.name === 'InputError');
}
