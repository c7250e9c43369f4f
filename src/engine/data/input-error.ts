/**
 * An error in data a user gave us (a file, a flag). Its message names the file and, where
 * it applies, the line, the item and the field, and is meant to be shown as is.
 * The CLI exits with status 2 on these and 1 on everything else.
 */
import { ImportError } from '../../shared/import/import-error';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError || (e instanceof Error && e.name === 'InputError');
}

/** Runs `parse`, turning an ImportError from the shared readers into an InputError with the same message. */
export function asInputError<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof ImportError) throw new InputError(e.message);
    throw e;
  }
}
