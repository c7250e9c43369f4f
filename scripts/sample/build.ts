/**
 * Writes resources/sample-study.jsonl from the hand-written questions.
 *
 *   npm run sample:build            write the file (temp file, then rename)
 *   npm run sample:build -- --check exit 1 when the committed file is out of date
 *   npm run sample:build -- --report print each question's token counts and cuts
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { conditionId, traceText } from '../../src/shared/domain';
import { buildRecords, SAMPLE_FILE, sampleStudyText } from './study';

function report(): void {
  for (const r of buildRecords(undefined, true)) {
    const segs = r.trace.segments.map((s) => `${s.kind === 'force' ? 'F' : 'T'}${s.round}:${s.tokens}${s.finish ? `/${s.finish}` : ''}`);
    console.log(`${r.item.source}#${r.item.index} [${Object.keys(r.item.options).length} options, gold ${r.item.answerIdx}] ${segs.join(' ')}`);
    for (const c of r.conditions) {
      const shared = c.sharedWith ? ` = ${c.sharedWith}` : '';
      const tail = JSON.stringify(traceText(r.trace).slice(Math.max(0, c.cut.chars - 70), c.cut.chars));
      const answer = JSON.stringify(c.answerText.slice(0, 50));
      console.log(`  ${conditionId(c.condition).padEnd(9)} ${String(c.cut.tokens).padStart(5)} tok ${c.thinkingFinish.padEnd(6)} rounds ${c.roundsDone}${shared}  …${tail}  → ${answer}`);
    }
  }
}

function main(argv: string[]): number {
  if (argv.includes('--report')) {
    report();
    return 0;
  }
  const target = path.resolve(SAMPLE_FILE);
  const text = sampleStudyText();
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // a missing file is out of date
    }
    if (current === text) return 0;
    console.error(`${SAMPLE_FILE} is out of date: run npm run sample:build`);
    return 1;
  }
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, target);
  console.log(`wrote ${SAMPLE_FILE} (${text.split('\n').length - 2} questions, ${text.length} characters)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
