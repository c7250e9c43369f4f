/** The run-log header of a sweep, and the check that a resumed run is the same run. */
import { presetsEqual, type ProtocolPreset } from '../../shared/protocol';
import { RUNLOG_FORMAT, RUNLOG_VERSION, type RunHeader } from '../../shared/runlog';
import type { ModelIdentity } from '../model/identity';

export interface HeaderInput {
  model: ModelIdentity;
  preset: ProtocolPreset;
  grid: { budgets: number[]; rounds: number[] };
  mode: 'shared' | 'independent';
  budgetPolicy: 'strict' | 'm1-exact';
  engine: { name: string; version?: string; [k: string]: unknown };
  data?: { file?: string; sources?: string[]; limit?: number };
  title?: string;
  startedAt?: Date;
}

const POLICY_NOTE: Record<HeaderInput['budgetPolicy'], string> = {
  strict: 'budget policy strict: every trace gets at most B thinking tokens (forcing strings counted).',
  'm1-exact':
    'budget policy m1-exact: as the reference scripts, every continuation of a round gets B minus the smallest usage among the questions of this run, so a trace can overshoot B.',
};

export function buildHeader(h: HeaderInput): RunHeader {
  const header: RunHeader = {
    type: 'header',
    format: RUNLOG_FORMAT,
    version: RUNLOG_VERSION,
    description: POLICY_NOTE[h.budgetPolicy],
    model: { ...h.model },
    preset: { ...h.preset, stops: [...h.preset.stops] },
    grid: { budgets: [...h.grid.budgets], rounds: [...h.grid.rounds] },
    mode: h.mode,
    budgetPolicy: h.budgetPolicy,
    engine: { ...h.engine },
    startedAt: (h.startedAt ?? new Date()).toISOString(),
  };
  if (h.title) header.title = h.title;
  if (h.data) header.data = { ...h.data };
  return header;
}

const sortedNums = (xs: readonly number[]) => JSON.stringify([...new Set(xs)].sort((a, b) => a - b));

/** Throws, naming the field, when `existing` is not the header of the same run as `wanted`. */
export function checkSameRun(existing: RunHeader, wanted: RunHeader, file: string): void {
  const fail = (field: string, a: unknown, b: unknown): never => {
    throw new Error(`${file}:1: cannot resume: header field ${field} is ${JSON.stringify(a)} in the file but ${JSON.stringify(b)} now`);
  };
  if (existing.mode !== wanted.mode) fail('mode', existing.mode, wanted.mode);
  if (existing.budgetPolicy !== wanted.budgetPolicy) fail('budgetPolicy', existing.budgetPolicy, wanted.budgetPolicy);
  if (existing.model.sha256 !== wanted.model.sha256) fail('model.sha256', existing.model.sha256, wanted.model.sha256);
  if (sortedNums(existing.grid.budgets) !== sortedNums(wanted.grid.budgets)) fail('grid.budgets', existing.grid.budgets, wanted.grid.budgets);
  if (sortedNums(existing.grid.rounds) !== sortedNums(wanted.grid.rounds)) fail('grid.rounds', existing.grid.rounds, wanted.grid.rounds);
  if (!presetsEqual(existing.preset, wanted.preset)) fail('preset', existing.preset, wanted.preset);
}
