import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchingBlocks, sequenceMatcherRatio } from '../../src/shared/grader';
import { pythonMissing, rng, runReference } from './python';

interface RatioFixture {
  a: string;
  b: string;
  ratio: number;
  ratioWithoutAutojunk: number;
}

const FIXTURE: RatioFixture[] = JSON.parse(
  readFileSync(path.resolve(__dirname, 'fixtures/sequence-matcher-ratios.json'), 'utf8'),
);

describe('sequenceMatcherRatio', () => {
  it('works out small cases by hand', () => {
    expect(sequenceMatcherRatio('', '')).toBe(1);
    expect(sequenceMatcherRatio('abc', '')).toBe(0);
    expect(sequenceMatcherRatio('abc', 'abd')).toBe(4 / 6);
    // find_longest_match picks "ab" first, then "cd" to the right of it: 4 of 6+6.
    expect(sequenceMatcherRatio('qabxcd', 'abycdf')).toBe(8 / 12);
    expect(matchingBlocks('qabxcd', 'abycdf')).toEqual([
      { a: 1, b: 0, size: 2 },
      { a: 4, b: 3, size: 2 },
      { a: 6, b: 6, size: 0 },
    ]);
    // Code points, not UTF-16 units: one emoji is one element.
    expect(sequenceMatcherRatio('😀', '😀a')).toBe(2 / 3);
  });

  it('drops popular elements of b only when b has 200 elements or more', () => {
    // 199 "e": no autojunk, "eee" matches fully. 200 "e" (more than 200 // 100 + 1 = 3): "e" is popular.
    expect(sequenceMatcherRatio('eee', 'e'.repeat(199))).toBe(6 / 202);
    const b = 'f' + 'e'.repeat(200);
    expect(sequenceMatcherRatio('eee', b)).toBe(0);
    expect(sequenceMatcherRatio('eee', b, { autojunk: false })).toBe(6 / 204);
    // Popular is not junk: a match found elsewhere still grows over popular elements, and so
    // does the empty match at (0, 0) when the first elements agree.
    expect(sequenceMatcherRatio('eee', 'e'.repeat(200))).toBe(6 / 203);
    expect(sequenceMatcherRatio('xeee', 'x' + 'e'.repeat(200))).toBe(8 / 205);
  });

  it(`matches Python difflib on the ${FIXTURE.length} stored pairs`, () => {
    expect(FIXTURE.filter((f) => f.ratio !== f.ratioWithoutAutojunk).length).toBeGreaterThan(10);
    for (const f of FIXTURE) {
      expect({ a: f.a, b: f.b, ratio: sequenceMatcherRatio(f.a, f.b) }).toEqual({ a: f.a, b: f.b, ratio: f.ratio });
      expect(sequenceMatcherRatio(f.a, f.b, { autojunk: false })).toBe(f.ratioWithoutAutojunk);
    }
  });

  it.skipIf(pythonMissing !== null)('matches python3 difflib on random strings', () => {
    const next = rng(7);
    const alphabets = ['ab', 'abc \n', 'aeiou tnrs', 'xyz中文😀 ', 'the patient. '];
    const pairs: [string, string][] = [];
    const make = (alpha: string[], n: number) => Array.from({ length: n }, () => alpha[Math.floor(next() * alpha.length)]).join('');
    for (let i = 0; i < 300; i++) {
      const alpha = Array.from(alphabets[Math.floor(next() * alphabets.length)]);
      const la = Math.floor(next() ** 2 * 300);
      const lb = Math.floor(next() ** 2 * 500);
      pairs.push([make(alpha, la), make(alpha, lb)]);
    }
    const reference = runReference({ ratio: pairs }).ratio;
    pairs.forEach(([a, b], i) => {
      expect({ a, b, ratio: sequenceMatcherRatio(a, b) }).toEqual({ a, b, ratio: reference[i] });
    });
  });
});
