/**
 * A generated study for the scale benchmark: N questions × 13 conditions (budgets 128…8192
 * without forcing, 1–8 forcing rounds at 2048, one round at 4096) as a workbench run log.
 * Deterministic (seeded). One shared trace per question, cut per condition as the engine
 * would cut it; answers drift with the budget so the flip matrix has every kind of cell.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Condition, ConditionResult, TraceSegment } from '../../src/shared/domain';
import type { QuestionRecordLine, RunHeader } from '../../src/shared/runlog';
import { mulberry32 } from '../../src/shared/seeded-random';

export const BENCH_CONDITIONS: Condition[] = [
  ...[128, 256, 512, 1024, 2048, 4096, 8192].map((budget) => ({ budget, rounds: 0 })),
  ...[1, 2, 4, 6, 8].map((rounds) => ({ budget: 2048, rounds })),
  { budget: 4096, rounds: 1 },
];

const SOURCES = ['MedQA_USLME_test', 'MedMCQA_validation', 'PubMedQA_test', 'MMLU-Pro_Medical_test', 'GPQA_Medical_test', 'Lancet', 'MedBullets_op4', 'MedBullets_op5', 'MedXpertQA', 'NEJM'];
const WORDS =
  'patient presents with acute chest pain fever cough dyspnea history of hypertension diabetes renal function elevated troponin ecg shows st elevation consider myocardial infarction pulmonary embolism aortic dissection the most likely diagnosis management first line therapy contraindicated because lab values indicate sodium potassium creatinine so the answer should be option but let me reconsider the mechanism of action receptor enzyme inhibition metabolism hepatic clearance'.split(
    ' ',
  );
const CHARS_PER_TOKEN = 4;

const rng = mulberry32;

function prose(r: () => number, tokens: number): string {
  const target = tokens * CHARS_PER_TOKEN;
  const out: string[] = [];
  let n = 0;
  let sentence = 0;
  while (n < target) {
    const w = WORDS[Math.floor(r() * WORDS.length)];
    out.push(w);
    n += w.length + 1;
    if (++sentence > 8 + r() * 10) {
      out.push('.\n');
      sentence = 0;
    }
  }
  return `${out.join(' ').slice(0, target - 1)}\n`;
}

function header(n: number): RunHeader {
  return {
    type: 'header',
    format: 'm1wb.runlog',
    version: 1,
    title: `Scale benchmark: ${n.toLocaleString('en')} questions × ${BENCH_CONDITIONS.length} conditions (generated)`,
    illustrative: true,
    description: 'Generated for the UI scale benchmark; not model output.',
    model: { file: 'generated.gguf' },
    preset: { name: 'm1' },
    grid: { budgets: [...new Set(BENCH_CONDITIONS.map((c) => c.budget))], rounds: [...new Set(BENCH_CONDITIONS.map((c) => c.rounds))].sort((a, b) => a - b) },
    mode: 'hand-written',
    budgetPolicy: 'strict',
    engine: { name: 'bench-generator' },
    startedAt: '2025-01-01T00:00:00Z',
  };
}

/** One generated question record. */
export function benchQuestion(i: number, seed = 7): QuestionRecordLine {
  const r = rng(seed * 1_000_003 + i);
  const source = SOURCES[i % SOURCES.length];
  const index = Math.floor(i / SOURCES.length);
  const nOptions = source === 'MedBullets_op5' ? 5 : source === 'MMLU-Pro_Medical_test' ? 10 : 4;
  const letters = 'ABCDEFGHIJ'.slice(0, nOptions).split('');
  const options = Object.fromEntries(letters.map((l) => [l, `${WORDS[Math.floor(r() * WORDS.length)]} ${WORDS[Math.floor(r() * WORDS.length)]} ${l.toLowerCase()}${i}`]));
  const gold = letters[Math.floor(r() * nOptions)];
  const item = { source, index, question: `Case ${i}: ${prose(r, 40 + Math.floor(r() * 80)).trim()} Which is ${r() < 0.5 ? 'the most likely diagnosis' : 'the best next step'}?`, options, answer: options[gold], answerIdx: gold };

  // Natural stop of the first thinking phase, then up to 8 forcing rounds.
  const stop = Math.floor(60 + Math.exp(r() * Math.log(2200)));
  const segments: TraceSegment[] = [{ kind: 'think', round: 0, text: prose(r, stop), tokens: stop, finish: 'stop' }];
  for (let round = 1; round <= 8; round++) {
    const more = 20 + Math.floor(r() * 120);
    segments.push({ kind: 'force', round, text: 'Wait', tokens: 1 });
    segments.push({ kind: 'think', round, text: prose(r, more), tokens: more, finish: 'stop' });
  }
  // Answer quality drifts with tokens used; some questions never know the answer.
  const skill = r();
  const wrongA = letters.filter((l) => l !== gold)[Math.floor(r() * (nOptions - 1))];
  const wrongB = letters.filter((l) => l !== gold)[Math.floor(r() * (nOptions - 1))];
  const conditions: ConditionResult[] = BENCH_CONDITIONS.map((c) => {
    let tokens = 0;
    let chars = 0;
    let roundsDone = 0;
    let finish: 'stop' | 'length' = 'stop';
    for (const s of segments) {
      if (s.round > c.rounds) break;
      if (s.kind === 'force') roundsDone = s.round;
      if (tokens + s.tokens > c.budget) {
        const take = c.budget - tokens;
        tokens += take;
        chars += Math.min(s.text.length, take * CHARS_PER_TOKEN);
        finish = 'length';
        break;
      }
      tokens += s.tokens;
      chars += s.text.length;
    }
    const p = skill * 0.6 + Math.min(1, tokens / 2500) * 0.4 - (c.rounds > 2 ? 0.05 * c.rounds * r() : 0);
    const u = r();
    const letter = u < p ? gold : u < p + (1 - p) / 2 ? wrongA : wrongB;
    const answerText =
      finish === 'length' && u > 0.97 ? '' : u > 0.95 ? ` The answer is probably ${letter}.` : ` The best answer is ${letter}.\n\n\\boxed{${letter}}`;
    const answerPrefix = finish === 'length' ? '<|im_start|>answer\nFinal Answer:' : '<|im_start|>answer';
    return {
      condition: c,
      cut: { tokens, chars },
      roundsDone,
      thinkingFinish: finish,
      answerPrefix,
      answerText,
      tokens: { thinking: tokens, answer: Math.ceil(answerText.length / CHARS_PER_TOKEN) },
    };
  });
  return { type: 'question', item, trace: { segments }, conditions };
}

/** Writes the run log; returns its size in bytes. */
export async function writeBenchStudy(file: string, questions: number, seed = 7): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (line: string) => {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`${JSON.stringify(header(questions))}\n`);
  for (let i = 0; i < questions; i++) await write(`${JSON.stringify(benchQuestion(i, seed))}\n`);
  out.end();
  await once(out, 'finish');
  return bytes;
}
