import { describe, expect, it } from 'vitest';
import type { Tag } from '../../src/shared/domain';
import { agreementPerLabel, cohensKappa, disagreements } from '../../src/renderer/src/study/agreement';
import { FLIP_TAG_LABEL, flipTagDecision, suggestFlipTag } from '../../src/renderer/src/study/flip-tag';
import { drawQueueItems, nextUnreviewed, queueCoverage, resumeIndex } from '../../src/renderer/src/study/review-queue';
import { seededSample } from '../../src/shared/seeded-random';
import { conditionsSharingSpan, spansOnCondition } from '../../src/renderer/src/study/span-anchor';
import { DEFAULT_TAXONOMY, labelForDigit, validateTaxonomy } from '../../src/renderer/src/study/taxonomy';
import { sampleStudy } from './review-sample';

let n = 0;
function tag(t: Partial<Tag> & Pick<Tag, 'questionKey' | 'label' | 'annotator'>): Tag {
  return { id: `t${++n}`, studyId: 's', createdAt: n, ...t };
}

describe('flip tags', () => {
  it('suggests rescued, broken, wandered and stable from the sample’s conditions', () => {
    const q = sampleStudy().questions;
    const kinds = new Set<string>();
    for (const question of q) {
      const by = new Map(question.conditions.map((c) => [c.id, c]));
      for (const [a, b] of [['b128.r0', 'b4096.r0'], ['b2048.r0', 'b2048.r4'], ['b256.r0', 'b512.r0']] as const) {
        const from = by.get(a)!;
        const to = by.get(b)!;
        const tagKind = suggestFlipTag(from, to);
        kinds.add(tagKind);
        if (from.outcome === 'correct' && to.outcome === 'wrong') expect(tagKind).toBe('broken');
        if (from.outcome === 'wrong' && to.outcome === 'correct') expect(tagKind).toBe('rescued');
        if (from.outcome === 'correct' && to.outcome === 'correct') expect(tagKind).toBe('stable');
      }
    }
    expect([...kinds].sort()).toEqual(['broken', 'rescued', 'stable', 'wandered']);
  });
  it('takes the latest decision for the pair', () => {
    const tags = [
      tag({ questionKey: 'q', label: FLIP_TAG_LABEL.broken, annotator: 'ana', fromConditionId: 'b128.r0', conditionId: 'b512.r0', status: 'confirmed' }),
      tag({ questionKey: 'q', label: FLIP_TAG_LABEL.broken, annotator: 'ana', fromConditionId: 'b128.r0', conditionId: 'b512.r0', status: 'rejected' }),
      tag({ questionKey: 'q', label: FLIP_TAG_LABEL.broken, annotator: 'ana', fromConditionId: 'b128.r0', conditionId: 'b256.r0', status: 'confirmed' }),
    ];
    expect(flipTagDecision(tags, 'b128.r0', 'b512.r0')?.status).toBe('rejected');
    expect(flipTagDecision(tags, 'b256.r0', 'b512.r0')).toBeUndefined();
  });
});

describe('taxonomy', () => {
  it('ships twelve labels with definitions, keys 1–9 on the first nine', () => {
    expect(DEFAULT_TAXONOMY).toHaveLength(12);
    for (const t of DEFAULT_TAXONOMY) expect(t.definition.length).toBeGreaterThan(10);
    expect(labelForDigit(DEFAULT_TAXONOMY, 1)).toBe('missing fact');
    expect(labelForDigit(DEFAULT_TAXONOMY, 9)).toBe('looping');
    expect(labelForDigit(DEFAULT_TAXONOMY, 0)).toBeUndefined();
  });
  it('rejects empty and repeated labels, naming the entry', () => {
    expect(() => validateTaxonomy([{ label: ' ', definition: '' }])).toThrow(/entry 1, label/);
    expect(() => validateTaxonomy([{ label: 'A', definition: '' }, { label: 'a', definition: '' }])).toThrow(/entry 2, label: "a" repeats entry 1/);
    expect(() => validateTaxonomy([])).toThrow(/at least one/);
    expect(validateTaxonomy([{ label: ' x ', definition: ' d ' }])).toEqual([{ label: 'x', definition: 'd' }]);
  });
});

describe('span anchors', () => {
  it('shows a span inside the shared prefix on every condition whose thinking contains it', () => {
    const q = sampleStudy().questions[0];
    const by = new Map(q.conditions.map((c) => [c.id, c]));
    const inPrefix = tag({ questionKey: q.key, label: 'missing fact', annotator: 'ana', conditionId: 'b2048.r4', span: { start: 600, end: 700 } });
    const inAnswer = tag({ questionKey: q.key, label: 'looping', annotator: 'ana', conditionId: 'b128.r0', span: { start: 590, end: 610 } });
    expect(conditionsSharingSpan(q.conditions, by.get('b2048.r4')!, inPrefix.span!)).toEqual(['b2048.r4', 'b256.r0', 'b512.r0', 'b1024.r0', 'b2048.r0', 'b2048.r1', 'b2048.r2', 'b4096.r0']);
    expect(spansOnCondition([inPrefix, inAnswer], q.conditions, by.get('b128.r0')!)).toEqual([{ tag: inAnswer, start: 590, end: 610, shared: false }]);
    expect(spansOnCondition([inPrefix, inAnswer], q.conditions, by.get('b512.r0')!)).toEqual([{ tag: inPrefix, start: 600, end: 700, shared: true }]);
  });
});

describe('review queues', () => {
  const cells = { 'correct→wrong': ['a', 'b', 'c', 'd', 'e'], 'wrong→correct': ['f', 'g'], 'correct→correct': ['h', 'i', 'j'] } as const;
  it('draws n per cell with a seed: same seed same queue, cells interleaved', () => {
    const one = drawQueueItems(cells, ['correct→wrong', 'wrong→correct'], 3, 'seed-1');
    expect(one).toEqual(drawQueueItems(cells, ['correct→wrong', 'wrong→correct'], 3, 'seed-1'));
    expect(one.filter((i) => i.cell === 'correct→wrong')).toHaveLength(3);
    expect(one.filter((i) => i.cell === 'wrong→correct')).toHaveLength(2);
    expect(one.slice(0, 2).map((i) => i.cell)).toEqual(['correct→wrong', 'wrong→correct']);
    const draws = new Set(['s1', 's2', 's3', 's4', 's5', 's6'].map((s) => seededSample(cells['correct→wrong'], 2, s).join()));
    expect(draws.size).toBeGreaterThan(1);
  });
  it('counts coverage per cell and resumes where the reviewer left off', () => {
    const items = drawQueueItems(cells, ['correct→wrong', 'correct→correct'], 2, 'x');
    const queue = { cells: ['correct→wrong', 'correct→correct'] as const, items, position: 3 };
    const reviewed = new Set([items[0].key, items[2].key]);
    const cov = queueCoverage({ cells: [...queue.cells], items }, reviewed);
    expect(cov.done).toBe(2);
    expect(cov.cells).toEqual([
      { cell: 'correct→wrong', total: 2, done: 2 },
      { cell: 'correct→correct', total: 2, done: 0 },
    ]);
    expect(resumeIndex({ items, position: 3 })).toBe(3);
    expect(resumeIndex({ items, position: 99 })).toBe(3);
    expect(nextUnreviewed(items.map((i) => i.key), 0, reviewed)).toBe(1);
    expect(nextUnreviewed(['a'], 0, new Set(['a']))).toBe(-1);
  });
});

describe('agreement', () => {
  it('computes Cohen’s κ', () => {
    expect(cohensKappa([true, true, false, false], [true, true, false, false])).toBe(1);
    // po = 0.5, pe = 0.5 → κ = 0
    expect(cohensKappa([true, false, true, false], [true, true, false, false])).toBe(0);
    expect(cohensKappa([true, true, false], [true, false, false])).toBeCloseTo(0.4, 10);
    expect(cohensKappa([], [])).toBeNull();
    expect(cohensKappa([true, true], [true, true])).toBeNull();
  });
  it('compares two annotators per label over the questions both reviewed and lists disagreements', () => {
    const tags = [
      tag({ questionKey: 'q1', label: 'missing fact', annotator: 'ana' }),
      tag({ questionKey: 'q1', label: 'missing fact', annotator: 'ben' }),
      tag({ questionKey: 'q2', label: 'looping', annotator: 'ana' }),
      tag({ questionKey: 'q2', label: 'note', note: 'hm', annotator: 'ben' }),
      tag({ questionKey: 'q3', label: 'looping', annotator: 'ana' }),
      tag({ questionKey: 'q3', label: 'looping', annotator: 'ana', status: 'confirmed', note: 'adjudication: ana vs ben' }),
      tag({ questionKey: 'q4', label: 'star', annotator: 'ben' }),
    ];
    const agreement = agreementPerLabel(tags, 'ana', 'ben');
    // q3 and q4 are not reviewed by both (a star is not review work; an adjudication is not a label).
    expect(agreement).toEqual([
      { label: 'looping', n: 2, both: 0, onlyA: 1, onlyB: 0, kappa: 0 },
      { label: 'missing fact', n: 2, both: 1, onlyA: 0, onlyB: 0, kappa: 1 },
    ]);
    expect(disagreements(tags, 'ana', 'ben')).toEqual([{ questionKey: 'q2', label: 'looping', by: 'ana' }]);
  });
});
