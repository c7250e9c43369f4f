import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../src/renderer/src/routing/route';

describe('study routes', () => {
  it('round-trips the overview and a list query', () => {
    const overview = { name: 'overview', studyId: 'run-1' } as const;
    expect(formatRoute(overview)).toBe('#/study/run-1/overview');
    expect(parseRoute(formatRoute(overview))).toEqual(overview);
    const query = JSON.stringify({ flip: { from: 'b128.r0', to: 'b2048.r0', kinds: ['wrong→correct'] } });
    const list = { name: 'study', studyId: 'run 2', query } as const;
    expect(parseRoute(formatRoute(list))).toEqual(list);
    expect(parseRoute('#/study/x')).toEqual({ name: 'study', studyId: 'x' });
  });
});
