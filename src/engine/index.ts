/**
 * Public engine API: the m1 protocol on node-llama-cpp (sweeps in shared or independent
 * mode), model loading helpers and the run-log writer with resume.
 */
export { runSweep, thinkingBound, gridConditions, validateGrid } from './sweep';
export type { SweepGrid, SweepHooks, SweepOptions, SweepSummary, QuestionStats, LiveTracePiece } from './sweep';
export { RunLogWriter, readRunLogForResume, buildHeader, checkSameRun, type ResumeState, type HeaderInput } from './runlog';
export { readModelIdentity, readGgufSummary, sha256File, type ModelIdentity, type GgufSummary } from './model/identity';
export { getRuntime, loadLocalModel, type GpuOption, type LoadedModel } from './model/load';
export {
  ContextShiftError,
  ContextTooSmallError,
  checkContextBudget,
  contextTokensNeeded,
  createSweepContext,
  defaultThreads,
  type ContextBudget,
  type SweepContext,
} from './local/context';
export { TraceSession, type Generation, type SessionOptions } from './local/session';
export { stopTokens } from './local/stops';
