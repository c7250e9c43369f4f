export { RunLogWriter, readRunLogForResume, type ResumeState } from './writer';
export { buildHeader, checkSameRun, type HeaderInput } from './header';
