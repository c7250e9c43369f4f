/**
 * Generates the fixtures that unit tests need (the tiny GGUF model) once per run.
 * Nothing generated is committed.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve('.cache/fixtures');

export default async function setup(): Promise<void> {
  mkdirSync(FIXTURE_DIR, { recursive: true });
}
