import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../src/renderer/src/routing/route';

describe('review routes', () => {
  it('round-trips review pages, a queue and the queue a question is opened from', () => {
    const routes: Route[] = [
      { name: 'review', studyId: 'sample', page: 'queues' },
      { name: 'review', studyId: 'sample', page: 'queue', id: 'q 1/2' },
      { name: 'review', studyId: 's', page: 'agreement' },
      { name: 'review', studyId: 's', page: 'export' },
      { name: 'review', studyId: 's', page: 'taxonomy' },
      { name: 'question', studyId: 's', key: 'NEJM#3', left: 'b128.r0', right: 'b512.r0', queue: 'abc' },
    ];
    for (const r of routes) expect(parseRoute(formatRoute(r))).toEqual(r);
    expect(formatRoute(routes[1])).toBe('#/study/sample/review/queue/q%201%2F2');
  });
  it('falls back to the study for an unknown review page', () => {
    expect(parseRoute('#/study/s/review/nope')).toEqual({ name: 'study', studyId: 's' });
  });
});
