/** `m1wb import <m1 output dirs…> --out run.jsonl`: reference m1 output back into a run log. */
import { importM1 } from '../../engine/m1format/import';
import { checkOutputDir, writeFileAtomic } from '../output-file';
import { serializeRunLog } from '../runlog-file';

export async function importCommand(dirs: string[], opts: { out: string }): Promise<void> {
  await checkOutputDir(opts.out);
  const log = await importM1(dirs);
  await writeFileAtomic(opts.out, serializeRunLog(log));
  const conditions = new Set(log.records.flatMap((r) => r.conditions.map((c) => `${c.condition.budget}/${c.condition.rounds}`)));
  process.stderr.write(`${opts.out}: ${log.records.length} questions, ${conditions.size} conditions\n`);
}
