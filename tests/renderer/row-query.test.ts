import { describe, expect, it } from 'vitest';
import type { ConditionId } from '../../src/shared/domain';
import { annotationIndex, applyQuery, changeCount, EMPTY_QUERY, patternError, type RowQuery } from '../../src/renderer/src/study/row-query';
import type { QuestionListRow } from '../../src/renderer/src/study/study-types';
import { normaliseQuery } from '../../src/renderer/src/study/saved-query';

const ladder: ConditionId[] = ['b128.r0', 'b512.r0', 'b512.r1'];

function row(order: number, source: string, outcomes: QuestionListRow['outcomes'], answers: QuestionListRow['answers'] = {}, disagreements = 0): QuestionListRow {
  return { studyId: 's', key: `${source}#${order}`, order, source, index: order, head: 'q', gold: 'A', outcomes, answers, disagreements };
}

const rows = [
  row(0, 'MedQA', { 'b128.r0': 'wrong', 'b512.r0': 'correct', 'b512.r1': 'correct' }, { 'b128.r0': 'B', 'b512.r0': 'A', 'b512.r1': 'A' }),
  row(1, 'PubMedQA', { 'b128.r0': 'correct', 'b512.r0': 'correct', 'b512.r1': 'wrong' }, { 'b128.r0': 'A', 'b512.r0': 'A', 'b512.r1': 'C' }, 1),
  row(2, 'MedQA', { 'b128.r0': 'no-answer', 'b512.r0': 'wrong', 'b512.r1': 'thinking-only' }, { 'b512.r0': 'C', 'b512.r1': 'c' }),
  row(3, 'MedQA', { 'b128.r0': 'correct', 'b512.r0': 'correct', 'b512.r1': 'correct' }),
  row(4, 'MedQA', { 'b128.r0': 'wrong' }),
];
const keys = (r: QuestionListRow[]) => r.map((x) => x.order);
const q = (over: Partial<RowQuery>): RowQuery => ({ ...EMPTY_QUERY, ...over });

describe('applyQuery', () => {
  it('filters by source, changes and disagreements', () => {
    expect(keys(applyQuery(rows, q({ source: 'MedQA' }), ladder))).toEqual([0, 2, 3, 4]);
    expect(keys(applyQuery(rows, q({ changingOnly: true }), ladder))).toEqual([0, 1, 2]);
    expect(keys(applyQuery(rows, q({ disagreementsOnly: true }), ladder))).toEqual([1]);
  });

  it('filters by flip pattern between two conditions, leaving out rows without both', () => {
    expect(keys(applyQuery(rows, q({ flip: { from: 'b128.r0', to: 'b512.r0', kinds: ['wrong→correct'] } }), ladder))).toEqual([0]);
    expect(keys(applyQuery(rows, q({ flip: { from: 'b512.r0', to: 'b512.r1', kinds: ['correct→wrong', 'wrong→different-wrong'] } }), ladder))).toEqual([1, 2]);
    expect(keys(applyQuery(rows, q({ flip: { from: 'b128.r0', to: 'b512.r1', kinds: [] } }), ladder))).toEqual([0, 1, 2, 3]);
  });

  it('filters by outcome state under one condition or any', () => {
    expect(keys(applyQuery(rows, q({ outcome: { condition: 'b512.r1', states: ['wrong', 'thinking-only'] } }), ladder))).toEqual([1, 2]);
    expect(keys(applyQuery(rows, q({ outcome: { condition: 'any', states: ['no-answer'] } }), ladder))).toEqual([2]);
  });

  it('filters by tag, annotator and text matches', () => {
    const idx = annotationIndex([
      { questionKey: 'MedQA#0', label: 'missing fact', annotator: 'ann' },
      { questionKey: 'PubMedQA#1', label: 'missing fact', annotator: 'bob' },
      { questionKey: 'MedQA#3', label: 'looping', annotator: 'ann', status: 'rejected' },
    ]);
    expect(keys(applyQuery(rows, q({ tag: 'missing fact' }), ladder, idx))).toEqual([0, 1]);
    expect(keys(applyQuery(rows, q({ annotator: 'ann' }), ladder, idx))).toEqual([0]);
    expect(keys(applyQuery(rows, q({ tag: 'looping' }), ladder, idx))).toEqual([]);
    const text = { pattern: 'x', caseSensitive: false, scope: 'both' as const };
    expect(keys(applyQuery(rows, q({ text }), ladder, { textKeys: new Set(['MedQA#2', 'MedQA#4']) }))).toEqual([2, 4]);
  });

  it('sorts with study order breaking ties', () => {
    expect(keys(applyQuery(rows, q({ sort: { by: 'changes', descending: true } }), ladder))).toEqual([2, 0, 1, 3, 4]);
    expect(keys(applyQuery(rows, q({ sort: { by: 'source', descending: false } }), ladder))).toEqual([0, 2, 3, 4, 1]);
    expect(keys(applyQuery(rows, q({ sort: { by: 'accuracy', descending: false } }), ladder))).toEqual([2, 4, 0, 1, 3]);
    expect(changeCount(rows[2], ladder)).toBe(2);
  });

  it('reports invalid patterns and fills missing fields of saved queries', () => {
    expect(patternError('(')).toMatch(/Invalid regular expression/);
    expect(patternError('a|b')).toBeNull();
    expect(normaliseQuery({ source: 'MedQA' })).toEqual({ ...EMPTY_QUERY, source: 'MedQA' });
  });
});
