/**
 * Child process of the crash test: runs one sweep to a run log, resuming when asked.
 * Usage: tsx tests/engine/sweep-child.ts MODEL OUT [--resume]
 */
import { runSweep } from '../../src/engine/sweep';
import { M1_PRESET } from '../../src/shared/protocol';
import { CRASH_GRID, testItems } from './fixture';

const [modelPath, out, flag] = process.argv.slice(2);
await runSweep(
  { modelPath, items: testItems(), grid: CRASH_GRID, preset: M1_PRESET, mode: 'shared', budgetPolicy: 'strict', threads: 1, gpu: false, out, resume: flag === '--resume' },
  { onQuestionDone: (r) => console.log(`done ${r.item.source}#${r.item.index}`) },
);
