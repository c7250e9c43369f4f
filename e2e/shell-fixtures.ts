/** Fixtures of the desktop-shell specs: the tiny model and a tiny eval data file. */
import path from 'node:path';
import { ensureTinyModel } from '../tests/global-setup';

export const TINY_EVAL = path.resolve('tests/service/fixtures/tiny-eval.json');

export function tinyModel(): Promise<string> {
  return ensureTinyModel();
}
