import { useState } from 'react';
import { getDatabase } from '../db/database';
import { setMeta } from '../db/meta';
import { ANNOTATOR_KEY, useSetting } from '../data/use-setting';
import type { ReviewPage } from '../routing/route';

export interface ReviewNavProps {
  studyId: string;
  page?: ReviewPage;
  onPage: (page: ReviewPage) => void;
  /** Styled for the dark app header. */
  inHeader?: boolean;
}

const LINKS: [ReviewPage, string][] = [
  ['queues', 'Queues'],
  ['agreement', 'Agreement'],
  ['export', 'Export'],
  ['taxonomy', 'Labels'],
];

/** Links to the review pages and the annotator every new annotation is recorded under. */
export function ReviewNav({ studyId, page, onPage, inHeader = false }: ReviewNavProps) {
  const annotator = useSetting(ANNOTATOR_KEY, 'reviewer');
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    const name = (draft ?? '').trim();
    if (name && name !== annotator) void setMeta(getDatabase(), ANNOTATOR_KEY, name);
    setDraft(null);
  };
  return (
    <nav className={`review-nav${inHeader ? ' review-nav--header' : ''}`} aria-label="Review" data-study={studyId}>
      {LINKS.map(([p, label]) => (
        <button key={p} type="button" className={inHeader ? 'button button--dark' : 'button'} aria-current={page === p ? 'page' : undefined} data-testid={`review-link-${p}`} onClick={() => onPage(p)}>
          {label}
        </button>
      ))}
      <label className="review-nav__who" title="Every annotation records who made it">
        {inHeader ? 'as' : 'Annotator'}{' '}
        <input
          type="text"
          value={draft ?? annotator}
          aria-label="Annotator"
          data-testid="annotator-input"
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
        />
      </label>
    </nav>
  );
}
