/** `m1wb make-tiny-model <out.gguf>`: a small random-weight GGUF for tests and benchmarks. */
import { InputError } from '../../engine/data/input-error';
import { checkOutputDir } from '../output-file';

export async function makeTinyModelCommand(out: string, opts: { profile: string; seed?: number }): Promise<void> {
  const { writeTinyModel, PROFILES } = await import('../../engine/tiny-model/index');
  const names = Object.keys(PROFILES);
  if (!names.includes(opts.profile)) throw new InputError(`--profile: ${JSON.stringify(opts.profile)} is not one of ${names.join(', ')}`);
  await checkOutputDir(out, 'output');
  const r = await writeTinyModel(out, { profile: opts.profile as 'tiny' | 'bench', seed: opts.seed });
  process.stdout.write(`${r.path}: ${r.bytes} bytes (profile ${opts.profile}${opts.seed !== undefined ? `, seed ${opts.seed}` : ''})\n`);
}
