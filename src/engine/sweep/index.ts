export { runSweep, thinkingBound } from './run-sweep';
export { gridConditions, validateGrid } from './grid';
export type { SweepGrid, SweepHooks, SweepOptions, SweepSummary, QuestionStats, LiveTracePiece } from './types';
