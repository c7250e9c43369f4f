/** `m1wb export --format m1 run.jsonl --out DIR`: the reference m1 output layout. */
import { InputError } from '../../engine/data/input-error';
import { exportM1 } from '../../engine/m1format/export';
import { readRunLogFile } from '../runlog-file';

export async function exportCommand(file: string, opts: { format: string; out: string }): Promise<void> {
  if (opts.format !== 'm1') throw new InputError(`--format: ${JSON.stringify(opts.format)} is not a known export format (known: m1)`);
  const log = await readRunLogFile(file);
  const summary = await exportM1(log, opts.out);
  for (const v of summary.versions) {
    process.stderr.write(
      `${v.dir}: budget ${v.condition.budget}, rounds ${v.condition.rounds}, ${v.questions} questions, accuracy ${(v.accuracy * 100).toFixed(1)}%\n`,
    );
  }
}
