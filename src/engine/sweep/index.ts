export { runSweep, thinkingBound, checkModeAndPolicy } from './run-sweep';
export { runGrid, type GridRun } from './run-grid';
export { gridConditions, validateGrid, validateItems, maxOf } from './grid';
export type { SweepGrid, SweepHooks, SweepOptions, SweepSummary, QuestionStats, LiveTracePiece } from './types';
export type { AnswerBranch, PartTokens, PromptInput, SweepBackend, SweepLane, ThinkGeneration, ThinkingCut } from './backend';
