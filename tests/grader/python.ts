/** Runs the Python transcription of the reference grader (tests only). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { mulberry32 } from '../../src/shared/seeded-random';

export const REFERENCE_SCRIPT = path.resolve(__dirname, 'reference/m1_grader.py');

function probe(): string | null {
  const r = spawnSync('python3', ['-c', 'import difflib, json, re, sys; print(sys.version_info[0])'], { encoding: 'utf8' });
  if (r.error) return `python3 is not available (${r.error.message})`;
  if (r.status !== 0 || r.stdout.trim() !== '3') return `python3 does not run Python 3: ${r.stderr.trim()}`;
  return null;
}

/** Why the Python cross-checks cannot run here, or null when they can. */
export const pythonMissing: string | null = probe();
if (pythonMissing) console.warn(`skipping the Python cross-checks: ${pythonMissing}`);

export interface ReferenceRequest {
  grade?: { answerText: string; options: Record<string, string>; answer: string; answerIdx: string }[];
  match?: { text: string; options: Record<string, string> }[];
  ratio?: [string, string][];
}

export interface ReferenceReply {
  grade: { extraction: string; closedBox: boolean; matchedLetter: string | null; rule: string; correct: boolean }[];
  match: { letter: string; rule: string }[];
  ratio: number[];
}

export function runReference(request: ReferenceRequest): ReferenceReply {
  const r = spawnSync('python3', [REFERENCE_SCRIPT], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`reference grader failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ReferenceReply;
}

/** Deterministic PRNG (mulberry32) so failures can be replayed. */
export const rng = mulberry32;
