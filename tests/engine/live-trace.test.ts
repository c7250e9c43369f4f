/**
 * The live trace hook: thinking text streamed token by token, forcing insertions and budget
 * cuts marked as they happen, answer branches at their cuts. What was streamed must add up
 * to exactly what the run log records.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSweep, type LiveTracePiece } from '../../src/engine';
import { M1_PRESET } from '../../src/shared/protocol';
import { parseRunLog } from '../../src/shared/runlog';
import { ENGINE_FIXTURES, testItems, tinyModel } from './fixture';

const OUT = path.join(ENGINE_FIXTURES, 'live');
let modelPath: string;

beforeAll(async () => {
  modelPath = await tinyModel();
  mkdirSync(OUT, { recursive: true });
});

/** Split the pieces into traces, one per `begin`. */
function traces(pieces: LiveTracePiece[]): LiveTracePiece[][] {
  const out: LiveTracePiece[][] = [];
  for (const p of pieces) {
    if (p.kind === 'begin') out.push([]);
    out[out.length - 1].push(p);
  }
  return out;
}

describe('onTrace', () => {
  it('streams each question trace so that its pieces rebuild the recorded trace and answers', async () => {
    const out = path.join(OUT, 'shared.jsonl');
    rmSync(out, { force: true });
    const pieces: LiveTracePiece[] = [];
    await runSweep(
      { modelPath, items: testItems(3), grid: { budgets: [16, 64], rounds: [0, 2] }, preset: M1_PRESET, mode: 'shared', budgetPolicy: 'strict', threads: 1, gpu: false, out },
      { onTrace: (p) => pieces.push(p) },
    );
    const log = parseRunLog(readFileSync(out, 'utf8'), out);
    const perQuestion = traces(pieces);
    expect(perQuestion).toHaveLength(log.records.length);
    log.records.forEach((record, qi) => {
      const ps = perQuestion[qi];
      expect(ps[0]).toEqual({ kind: 'begin', label: 'b64.r2' });
      const firstCut = ps.findIndex((p) => p.kind === 'cut');
      const thinking = ps.slice(0, firstCut === -1 ? undefined : firstCut);
      const streamed = thinking.map((p) => (p.kind === 'think' || p.kind === 'force' ? p.text : '')).join('');
      expect(streamed).toBe(record.trace.segments.map((s) => s.text).join(''));
      // Every forcing segment of the record was announced as a force piece, in order.
      expect(thinking.filter((p) => p.kind === 'force').map((p) => p.text)).toEqual(
        record.trace.segments.filter((s) => s.kind === 'force').map((s) => s.text),
      );
      // A trace that hit its budget says so.
      const lastThink = [...record.trace.segments].reverse().find((s) => s.kind === 'think');
      expect(thinking.some((p) => p.kind === 'budget')).toBe(lastThink?.finish === 'length');
      // Each answer branch: a cut, then the streamed answer equal to a recorded answer.
      const answers: string[] = [];
      for (const p of ps.slice(firstCut)) {
        if (p.kind === 'cut') answers.push('');
        else if (p.kind === 'answer') answers[answers.length - 1] += p.text;
      }
      const recorded = new Set(record.conditions.map((c) => c.answerText));
      expect(answers.length).toBeGreaterThan(0);
      for (const a of answers) expect(recorded.has(a)).toBe(true);
    });
  });
});
