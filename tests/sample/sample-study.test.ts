import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditionId, traceText, type ConditionId, type ConditionResult, type FlipKind } from '../../src/shared/domain';
import { classifyFlip } from '../../src/shared/flip';
import { gradeAnswer } from '../../src/shared/grader';
import { adjacentPairs, type LadderAxis } from '../../src/shared/ladder';
import { classifyOutcome } from '../../src/shared/outcome';
import { parseRunLog, type QuestionRecordLine } from '../../src/shared/runlog';
import { FORCING_STRING, SAMPLE_CONDITIONS } from '../../scripts/sample/grid';
import { SAMPLE_FILE, sampleStudyText } from '../../scripts/sample/study';
import { countTokens } from '../../scripts/sample/tokens';

const committed = readFileSync(path.resolve(SAMPLE_FILE), 'utf8');
const log = parseRunLog(committed, SAMPLE_FILE);

/** Conditions graded with the shared grader and outcome rules, as the app does on import. */
function graded(r: QuestionRecordLine): ConditionResult[] {
  const thinking = traceText(r.trace);
  return r.conditions.map((c) => {
    const grade = gradeAnswer(c.answerPrefix + c.answerText, r.item);
    const outcome = classifyOutcome({
      thinkingText: thinking.slice(0, c.cut.chars),
      answerPrefix: c.answerPrefix,
      answerText: c.answerText,
      grade,
    });
    return { ...c, sharedWith: c.sharedWith as ConditionId | undefined, grade, outcome };
  });
}

interface Flip {
  question: string;
  axis: LadderAxis;
  from: string;
  to: string;
  kind: FlipKind;
}

function flips(r: QuestionRecordLine): Flip[] {
  const results = graded(r);
  const byId = new Map(results.map((c) => [conditionId(c.condition), c]));
  return adjacentPairs(results.map((c) => c.condition)).map(({ from, to, axis }) => ({
    question: `${r.item.source}#${r.item.index}`,
    axis,
    from: conditionId(from),
    to: conditionId(to),
    kind: classifyFlip(byId.get(conditionId(from))!, byId.get(conditionId(to))!),
  }));
}

const allFlips = log.records.flatMap(flips);

describe('the committed sample study', () => {
  it('is exactly what the builder produces', () => {
    expect(committed).toBe(sampleStudyText());
  });

  it('has a header marking it as illustrative hand-written material', () => {
    const h = log.header;
    expect(h.title).toBe('Illustrative sample study');
    expect(h.illustrative).toBe(true);
    expect(h.description).toMatch(/written by hand/i);
    expect(h.description).toMatch(/not model output/i);
    expect(h.mode).toBe('hand-written');
    expect(h.budgetPolicy).toBe('strict');
    expect(h.model.file).toBe('none (hand-written)');
    expect(h.preset.name).toBe('m1');
    expect(h.engine.name).toBe('hand-written');
    expect(h.grid).toEqual({ budgets: [128, 256, 512, 1024, 2048, 4096], rounds: [0, 1, 2, 4] });
    expect(Number.isNaN(Date.parse(h.startedAt))).toBe(false);
  });

  it('has enough questions, option counts from 3 to 10, several sources and unique keys', () => {
    expect(log.records.length).toBeGreaterThanOrEqual(12);
    const counts = log.records.map((r) => Object.keys(r.item.options).length);
    expect(Math.min(...counts)).toBe(3);
    expect(Math.max(...counts)).toBe(10);
    const sources = new Set(log.records.map((r) => r.item.source));
    expect(sources.size).toBeGreaterThanOrEqual(5);
    expect(sources).toContain('PubMedQA_test');
    expect(sources).toContain('MMLU-Pro_Medical_test');
    expect(log.header.data?.sources).toEqual([...sources]);
    const keys = log.records.map((r) => `${r.item.source}#${r.item.index}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of log.records) expect(r.item.answer).toBe(r.item.options[r.item.answerIdx]);
  });

  it('runs the nine conditions of the grid, in ladder order, for every question', () => {
    const expected = SAMPLE_CONDITIONS.map(conditionId);
    expect(expected).toEqual(['b128.r0', 'b256.r0', 'b512.r0', 'b1024.r0', 'b2048.r0', 'b2048.r1', 'b2048.r2', 'b2048.r4', 'b4096.r0']);
    for (const r of log.records) expect(r.conditions.map((c) => conditionId(c.condition))).toEqual(expected);
  });

  it('has segment token counts from the counter and forcing strings that follow the spacing rule', () => {
    for (const r of log.records) {
      const segs = r.trace.segments;
      expect(segs[0]).toMatchObject({ kind: 'think', round: 0 });
      segs.forEach((s, i) => {
        expect(s.tokens).toBe(countTokens(s.text));
        if (s.kind === 'force') {
          const before = segs[i - 1];
          expect(before.kind).toBe('think');
          expect(before.finish).toBe('stop');
          expect(s.round).toBe(before.round + 1);
          expect(s.text).toBe(before.text.endsWith(' ') ? ` ${FORCING_STRING}` : FORCING_STRING);
          expect(segs[i + 1]).toMatchObject({ kind: 'think', round: s.round });
        }
      });
    }
  });

  it('has consistent cuts: within the trace, within the budget, prefixes of one another', () => {
    for (const r of log.records) {
      const trace = traceText(r.trace);
      const byId = new Map(r.conditions.map((c) => [conditionId(c.condition), c]));
      for (const c of r.conditions) {
        const where = `${r.item.source}#${r.item.index} ${conditionId(c.condition)}`;
        const text = trace.slice(0, c.cut.chars);
        expect(c.cut.chars, where).toBeLessThanOrEqual(trace.length);
        expect(c.cut.tokens, where).toBeLessThanOrEqual(c.condition.budget);
        expect(countTokens(text), where).toBe(c.cut.tokens);
        expect(c.tokens.thinking, where).toBe(c.cut.tokens);
        expect(c.tokens.answer, where).toBe(countTokens(c.answerText));
        // A budget cut uses the whole budget; a natural stop stays under it.
        if (c.thinkingFinish === 'length') expect(c.cut.tokens, where).toBe(c.condition.budget);
        else expect(c.cut.tokens, where).toBeLessThan(c.condition.budget);
        // Rounds done are the forcing strings inside the cut.
        let offset = 0;
        let forced = 0;
        for (const s of r.trace.segments) {
          if (s.kind === 'force' && offset < c.cut.chars) forced++;
          offset += s.text.length;
        }
        expect(c.roundsDone, where).toBe(forced);
        expect(c.roundsDone, where).toBeLessThanOrEqual(c.condition.rounds);
        // The answer prefix of the protocol, from the cut text alone.
        const expectedPrefix =
          (text.endsWith('\n') ? '' : '\n') + (c.thinkingFinish === 'length' ? '<|im_start|>answer\nFinal Answer:' : '<|im_start|>answer');
        expect(c.answerPrefix, where).toBe(expectedPrefix);
      }
      // Each condition's thinking is a prefix of the next one's along both ladders.
      for (const { from, to } of adjacentPairs(r.conditions.map((c) => c.condition))) {
        expect(byId.get(conditionId(to))!.cut.chars).toBeGreaterThanOrEqual(byId.get(conditionId(from))!.cut.chars);
      }
    }
  });

  it('shares one answer between conditions with the identical cut, and only then', () => {
    for (const r of log.records) {
      const byId = new Map(r.conditions.map((c) => [conditionId(c.condition), c]));
      for (const c of r.conditions) {
        const same = r.conditions.filter((o) => o.cut.chars === c.cut.chars && o.thinkingFinish === c.thinkingFinish);
        const generator = same[0];
        if (generator === c) {
          expect(c.sharedWith).toBeUndefined();
        } else {
          expect(c.sharedWith).toBe(conditionId(generator.condition));
          const source = byId.get(c.sharedWith as ConditionId)!;
          expect(source.answerText).toBe(c.answerText);
          expect(source.answerPrefix).toBe(c.answerPrefix);
        }
      }
    }
  });

  it('has long traces that the budgets cut and short ones that end naturally', () => {
    const firstRound = log.records.map((r) => r.trace.segments[0]);
    expect(firstRound.filter((s) => s.tokens >= 2000).length).toBeGreaterThanOrEqual(2);
    expect(firstRound.filter((s) => s.finish === 'stop' && s.tokens >= 150 && s.tokens <= 900).length).toBeGreaterThanOrEqual(8);
    // Some forcing round runs into the budget, so fewer rounds happen than were requested.
    const short = log.records.flatMap((r) => r.conditions).filter((c) => c.roundsDone > 0 && c.roundsDone < c.condition.rounds);
    expect(short.length).toBeGreaterThan(0);
  });

  it('shows correct→wrong and wrong→correct flips along the budget and the rounds ladders', () => {
    const count = (kind: FlipKind, axis?: LadderAxis) => allFlips.filter((f) => f.kind === kind && (!axis || f.axis === axis)).length;
    expect(count('correct→wrong')).toBeGreaterThanOrEqual(2);
    expect(count('wrong→correct')).toBeGreaterThanOrEqual(2);
    // More budget rescues an answer; a "Wait" round breaks one; a "Wait" round fixes one.
    expect(count('wrong→correct', 'budget')).toBeGreaterThanOrEqual(1);
    expect(count('correct→wrong', 'rounds')).toBeGreaterThanOrEqual(1);
    expect(count('wrong→correct', 'rounds')).toBeGreaterThanOrEqual(1);
    expect(count('wrong→different-wrong')).toBeGreaterThanOrEqual(1);
  });

  it('has a question that runs out of budget with no answer at its largest budget', () => {
    const noAnswer = log.records.filter((r) => {
      const results = graded(r);
      const largest = results.filter((c) => c.condition.rounds === 0).at(-1)!;
      return largest.thinkingFinish === 'length' && largest.outcome === 'no-answer' && !/\\boxed|\\fbox/.test(largest.answerText);
    });
    expect(noAnswer.length).toBeGreaterThanOrEqual(1);
    expect(allFlips.some((f) => f.kind === 'to-no-answer')).toBe(true);
  });

  it('has a stable correct question and knowledge gaps that never get corrected', () => {
    const states = log.records.map((r) => graded(r).map((c) => c.outcome));
    expect(states.filter((s) => s.every((o) => o === 'correct')).length).toBeGreaterThanOrEqual(1);
    const alwaysWrong = log.records.filter((r) => graded(r).every((c) => c.outcome === 'wrong'));
    expect(alwaysWrong.length).toBeGreaterThanOrEqual(2);
    // At least one of them gives the same wrong letter everywhere.
    expect(alwaysWrong.some((r) => new Set(graded(r).map((c) => c.grade!.matchedLetter)).size === 1)).toBe(true);
  });

  it('varies answer styles', () => {
    const answers = log.records.flatMap((r) => r.conditions.map((c) => c.answerText));
    expect(answers.some((a) => /\\boxed\{[A-J]\}/.test(a))).toBe(true);
    expect(answers.some((a) => /\\boxed\{[A-J]\. /.test(a))).toBe(true);
    expect(answers.some((a) => /\\boxed\{\\text\{/.test(a))).toBe(true);
    expect(answers.some((a) => /answer is [A-J]\b/.test(a) && !a.includes('\\boxed'))).toBe(true);
    expect(answers.some((a) => a === '')).toBe(true);
  });
});
