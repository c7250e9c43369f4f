/**
 * Exit codes and error printing: bad input (a file, a flag, a grid that does not fit the
 * model) exits 2, any other failure 1; one line on stderr, no stack trace
 * (set M1WB_DEBUG=1 to see it).
 */
import { isInputError } from '../engine/data/input-error';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/** Errors raised by the engine that are caused by what the user asked for. */
const INPUT_ERROR_NAMES = new Set(['InputError', 'ContextTooSmallError']);

export function exitCodeFor(e: unknown): number {
  if (isInputError(e)) return EXIT_BAD_INPUT;
  if (e instanceof Error && INPUT_ERROR_NAMES.has(e.name)) return EXIT_BAD_INPUT;
  return EXIT_FAILURE;
}

export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

export function reportError(e: unknown): number {
  const code = exitCodeFor(e);
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`m1wb: ${oneLine(message)}\n`);
  if (process.env.M1WB_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  return code;
}
