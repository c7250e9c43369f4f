/** The protocol preset a run log was made with, from its header (stored as data). */
import { getPreset, type ProtocolPreset } from '../../shared/protocol/preset';
import type { RunHeader } from '../../shared/runlog';

export function presetOfHeader(header: Pick<RunHeader, 'preset'>): ProtocolPreset {
  let base: ProtocolPreset;
  try {
    base = getPreset(header.preset.name);
  } catch {
    base = getPreset('m1');
  }
  return { ...base, ...(header.preset as Partial<ProtocolPreset>) } as ProtocolPreset;
}
