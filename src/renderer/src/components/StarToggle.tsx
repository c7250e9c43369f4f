import type { Tag } from '../../../shared/domain';
import { getDatabase } from '../db/database';
import { toggleStar } from '../db/review-actions';
import { isStar } from '../study/annotation-kinds';

export interface StarToggleProps {
  studyId: string;
  questionKey: string;
  annotator: string;
  tags: readonly Tag[];
}

/** A star to come back to the question later (per annotator). Key: s. */
export function StarToggle({ tags, ...where }: StarToggleProps) {
  const starred = tags.some((t) => isStar(t) && t.annotator === where.annotator);
  return (
    <button
      type="button"
      className={`star${starred ? ' star--on' : ''}`}
      aria-pressed={starred}
      title={starred ? 'Starred: come back later (s)' : 'Star to come back later (s)'}
      data-testid="star-toggle"
      onClick={() => void toggleStar(getDatabase(), where)}
    >
      {starred ? '★' : '☆'}
    </button>
  );
}
