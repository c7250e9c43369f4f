import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../src/renderer/src/routing/route';

describe('hash routes', () => {
  it('round-trips every route, including keys with # and spaces', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'study', studyId: 'sample' },
      { name: 'question', studyId: 'sample', key: 'MedQA_USLME_test#12' },
      { name: 'question', studyId: 'my study', key: 'MMLU-Pro Medical#3', left: 'b128.r0', right: 'b2048.r2' },
    ];
    for (const r of routes) expect(parseRoute(formatRoute(r))).toEqual(r);
  });

  it('encodes the key so the hash has a single #', () => {
    expect(formatRoute({ name: 'question', studyId: 'sample', key: 'NEJM#0' })).toBe('#/study/sample/q/NEJM%230');
  });

  it('falls back on malformed hashes', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'home' });
    expect(parseRoute('#/study/sample/q/%E0%A4%A')).toEqual({ name: 'study', studyId: 'sample' });
    expect(parseRoute('#/study/sample/q/NEJM%230?l=evil&r=b128.r0')).toEqual({ name: 'question', studyId: 'sample', key: 'NEJM#0', right: 'b128.r0' });
  });
});
