/** --preset and --force-string to a protocol preset. */
import { InputError } from '../engine/data/input-error';
import { getPreset, withForceString, type ProtocolPreset } from '../shared/protocol/preset';

export function resolvePreset(name: string, forceString?: string): ProtocolPreset {
  let preset: ProtocolPreset;
  try {
    preset = getPreset(name);
  } catch (e) {
    throw new InputError(`--preset: ${(e as Error).message}`);
  }
  if (forceString !== undefined) {
    if (!forceString.trim()) throw new InputError('--force-string: must not be empty');
    preset = withForceString(preset, forceString);
  }
  return preset;
}
