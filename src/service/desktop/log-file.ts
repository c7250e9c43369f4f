/**
 * The support log: one line per event with an ISO time and level, appended to a file that is
 * rotated (kept as `.1`) once it passes a size limit.
 */
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  readonly file: string;
  log(level: LogLevel, message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function createLogFile(file: string, maxBytes = 5 * 1024 * 1024): Logger {
  mkdirSync(path.dirname(file), { recursive: true });
  const log = (level: LogLevel, message: string) => {
    try {
      if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > maxBytes) renameSync(file, `${file}.1`);
      appendFileSync(file, `${new Date().toISOString()} ${level.toUpperCase()} ${message.replace(/\n/g, '\n    ')}\n`);
    } catch {
      // Logging never breaks the app.
    }
  };
  return {
    file,
    log,
    info: (m) => log('info', m),
    warn: (m) => log('warn', m),
    error: (m) => log('error', m),
  };
}
