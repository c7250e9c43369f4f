import { describe, expect, it } from 'vitest';
import { accuracyBySource, wilsonInterval } from '../../src/shared/accuracy';

describe('accuracyBySource', () => {
  it('counts per source and averages sources without weights', () => {
    const rows = [
      { source: 'MedQA_USLME_test', correct: true },
      { source: 'MedQA_USLME_test', correct: true },
      { source: 'MedQA_USLME_test', correct: false },
      { source: 'MedQA_USLME_test', correct: true },
      { source: 'NEJM', correct: false },
    ];
    const r = accuracyBySource(rows);
    expect(r.perSource).toEqual({
      MedQA_USLME_test: { correct: 3, total: 4, accuracy: 0.75 },
      NEJM: { correct: 0, total: 1, accuracy: 0 },
    });
    // Weighted by rows it would be 3/5; the paper's "Avg." is the mean of 0.75 and 0.
    expect(r.mean).toBe(0.375);
  });

  it('accepts any iterable', () => {
    function* rows() {
      yield { source: 'Lancet', correct: true };
      yield { source: 'Lancet', correct: false };
    }
    expect(accuracyBySource(rows())).toEqual({ perSource: { Lancet: { correct: 1, total: 2, accuracy: 0.5 } }, mean: 0.5 });
  });

  it('has no mean without rows', () => {
    const r = accuracyBySource([]);
    expect(r.perSource).toEqual({});
    expect(r.mean).toBeNaN();
  });
});

describe('wilsonInterval', () => {
  const z2 = 1.96 * 1.96;

  it('reaches 0 and 1 at the extremes with the closed forms', () => {
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(0, 10).high).toBeCloseTo(z2 / (10 + z2), 12);
    expect(wilsonInterval(10, 10).low).toBeCloseTo(10 / (10 + z2), 12);
    expect(wilsonInterval(10, 10).high).toBe(1);
  });

  it('gives the textbook interval for 5 of 10', () => {
    const { low, high } = wilsonInterval(5, 10);
    expect(low).toBeCloseTo(0.2366, 4);
    expect(high).toBeCloseTo(0.7634, 4);
  });

  it('is symmetric and narrows with more data', () => {
    const a = wilsonInterval(30, 100);
    const b = wilsonInterval(70, 100);
    expect(a.low).toBeCloseTo(1 - b.high, 12);
    expect(a.high).toBeCloseTo(1 - b.low, 12);
    const big = wilsonInterval(300, 1000);
    expect(big.high - big.low).toBeLessThan(a.high - a.low);
    expect(big.low).toBeLessThan(0.3);
    expect(big.high).toBeGreaterThan(0.3);
  });

  it('widens with a larger z', () => {
    const narrow = wilsonInterval(30, 100, 1);
    const wide = wilsonInterval(30, 100, 2.58);
    expect(wide.high - wide.low).toBeGreaterThan(narrow.high - narrow.low);
  });

  it('knows nothing from no data', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(/0 <= correct <= total/);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, 0)).toThrow(/z must be positive/);
  });
});
