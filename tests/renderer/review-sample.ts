/** The bundled sample study, imported the way the app imports it. */
import { readFileSync } from 'node:fs';
import { importRunLogText } from '../../src/renderer/src/study/import-run-log';
import type { ImportedStudy } from '../../src/renderer/src/study/study-types';

let cached: ImportedStudy | undefined;

export function sampleStudy(): ImportedStudy {
  cached ??= importRunLogText(readFileSync(new URL('../../resources/sample-study.jsonl', import.meta.url), 'utf8'), {
    studyId: 'sample',
    origin: 'sample study',
    now: 1,
  });
  return cached;
}
