/** `m1wb report [--json] run.jsonl`: the run report for the terminal, or as JSON. */
import { buildReport, formatReport } from '../../shared/report';
import { readRunLogFile } from '../runlog-file';

export async function reportCommand(file: string, opts: { json?: boolean }): Promise<void> {
  const report = buildReport(await readRunLogFile(file));
  process.stdout.write(opts.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
}
