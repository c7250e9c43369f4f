/** Test fixtures of the engine tests: the tiny model and a few questions. */
import { renameSync } from 'node:fs';
import path from 'node:path';
import type { Item } from '../../src/shared/domain';
import { writeTinyModel } from '../../src/engine/tiny-model';

export const ENGINE_FIXTURES = path.resolve('.cache/fixtures/engine');

/**
 * The tiny test model, generated afresh once per test process so that it always matches the
 * generator's current profile (a temporary name and a rename keep parallel writers apart).
 */
let written: Promise<string> | undefined;
export function tinyModel(): Promise<string> {
  written ??= (async () => {
    const file = path.join(ENGINE_FIXTURES, 'tiny.gguf');
    const tmp = `${file}.${process.pid}.tmp`;
    await writeTinyModel(tmp, { profile: 'tiny' });
    renameSync(tmp, file);
    return file;
  })();
  return written;
}

const QUESTIONS = [
  'A 45-year-old man has crushing chest pain for two hours. What is the next step?',
  'Which vitamin deficiency causes scurvy?',
  'A child has a barking cough and stridor. What is the most likely diagnosis?',
  'Which drug reverses heparin?',
  'What is the first-line treatment of anaphylaxis?',
  'Which nerve is injured in wrist drop?',
];

const OPTIONS: Record<string, string>[] = [
  { A: 'ECG', B: 'Troponin', C: 'Discharge', D: 'Chest X-ray' },
  { A: 'Vitamin A', B: 'Vitamin C', C: 'Vitamin D' },
  { A: 'Croup', B: 'Epiglottitis', C: 'Asthma', D: 'Foreign body' },
  { A: 'Vitamin K', B: 'Protamine', C: 'Naloxone' },
  { A: 'Antihistamine', B: 'Adrenaline', C: 'Steroids', D: 'Salbutamol', E: 'Oxygen' },
  { A: 'Median', B: 'Ulnar', C: 'Radial' },
];

export function testItems(n = QUESTIONS.length): Item[] {
  return QUESTIONS.slice(0, n).map((question, index) => {
    const options = OPTIONS[index];
    const answerIdx = Object.keys(options)[1];
    return { source: 'EngineTest', index, question, options, answer: options[answerIdx], answerIdx };
  });
}

/** Grid of the crash-and-resume test. */
export const CRASH_GRID = { budgets: [24, 96], rounds: [0, 2] };
