/**
 * Hash routes: the place in the app, kept in the URL so a reload returns to it.
 *   #/                               home (opens the default study)
 *   #/models, #/run, #/settings      the model manager, the run panel, the settings page
 *   #/study/<studyId>                a study's question list
 *   #/study/<studyId>/q/<key>        one question (key "source#index", URI-encoded)
 *   #/study/<studyId>/overview       the study overview (accuracy charts, flip matrix)
 * On the question list, `?q=<JSON>` is a list query to apply (e.g. from a flip-matrix cell).
 * Optional query after "?": `l` and `r` are the compared conditions, e.g. ?l=b128.r0&r=b2048.r0
 */
export type Route =
  | { name: 'home' }
  | { name: 'models' }
  | { name: 'run' }
  | { name: 'settings' }
  | { name: 'study'; studyId: string; query?: string }
  | { name: 'overview'; studyId: string }
  | { name: 'question'; studyId: string; key: string; left?: string; right?: string; queue?: string }
  | { name: 'review'; studyId: string; page: ReviewPage; id?: string };

/** Review pages: #/study/<studyId>/review/<page>[/<id>] (queues, a queue, agreement, export, taxonomy). */
export type ReviewPage = 'queues' | 'queue' | 'agreement' | 'export' | 'taxonomy';
const REVIEW_PAGES: readonly string[] = ['queues', 'queue', 'agreement', 'export', 'taxonomy'];

const CONDITION = /^b\d+\.r\d+$/;

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path, query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter((p) => p.length > 0);
  if (parts.length === 1 && (parts[0] === 'models' || parts[0] === 'run' || parts[0] === 'settings')) return { name: parts[0] };
  if (parts[0] !== 'study' || parts.length < 2) return { name: 'home' };
  const studyId = decode(parts[1]);
  if (!studyId) return { name: 'home' };
  if (parts.length === 2) {
    const q = new URLSearchParams(query).get('q');
    return q ? { name: 'study', studyId, query: q } : { name: 'study', studyId };
  }
  if (parts[2] === 'overview' && parts.length === 3) return { name: 'overview', studyId };
  if (parts[2] === 'review' && (parts.length === 4 || parts.length === 5) && REVIEW_PAGES.includes(parts[3])) {
    const id = parts[4] ? decode(parts[4]) : null;
    return { name: 'review', studyId, page: parts[3] as ReviewPage, ...(id ? { id } : {}) };
  }
  if (parts[2] === 'q' && parts.length === 4) {
    const key = decode(parts[3]);
    if (!key) return { name: 'study', studyId };
    const route: Route = { name: 'question', studyId, key };
    const params = new URLSearchParams(query);
    const left = params.get('l');
    const right = params.get('r');
    if (left && CONDITION.test(left)) route.left = left;
    if (right && CONDITION.test(right)) route.right = right;
    const queue = params.get('queue');
    if (queue) route.queue = queue;
    return route;
  }
  return { name: 'study', studyId };
}

export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'models':
    case 'run':
    case 'settings':
      return `#/${route.name}`;
    case 'home':
      return '#/';
    case 'study':
      return `#/study/${encodeURIComponent(route.studyId)}${route.query ? `?${new URLSearchParams({ q: route.query }).toString()}` : ''}`;
    case 'overview':
      return `#/study/${encodeURIComponent(route.studyId)}/overview`;
    case 'review':
      return `#/study/${encodeURIComponent(route.studyId)}/review/${route.page}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;
    case 'question': {
      const base = `#/study/${encodeURIComponent(route.studyId)}/q/${encodeURIComponent(route.key)}`;
      const params = new URLSearchParams();
      if (route.left) params.set('l', route.left);
      if (route.right) params.set('r', route.right);
      if (route.queue) params.set('queue', route.queue);
      const query = params.toString();
      return query ? `${base}?${query}` : base;
    }
  }
}
