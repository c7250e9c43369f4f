import { useMemo, useState } from 'react';
import { getDatabase } from '../db/database';
import { deleteSavedQuery, saveQuery } from '../db/saved-queries';
import { applyQuery, needsText, type QueryContext, type RowQuery } from '../study/row-query';
import { normaliseQuery, type SavedQuery } from '../study/saved-query';
import type { QuestionListRow, StudyRecord } from '../study/study-types';

export interface SavedQueriesProps {
  study: StudyRecord;
  allRows: readonly QuestionListRow[];
  saved: readonly SavedQuery[];
  query: RowQuery;
  /** Tag and annotator keys, so saved queries with those filters count right. */
  context: QueryContext;
  onQuery: (q: RowQuery) => void;
}

/**
 * Saved queries: each shows how many questions it matches now (evaluated again whenever the
 * study's rows change, e.g. after runs are added); choosing one applies it.
 */
export function SavedQueries({ study, allRows, saved, query, context, onQuery }: SavedQueriesProps) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const counts = useMemo(
    () => new Map(saved.map((s) => [s.id, needsText(s.query) ? null : applyQuery(allRows, normaliseQuery(s.query), study.conditions, context).length])),
    [saved, allRows, study.conditions, context],
  );
  const current = saved.find((s) => JSON.stringify(normaliseQuery(s.query)) === JSON.stringify(normaliseQuery(query)));
  return (
    <span className="saved-queries" data-testid="saved-queries">
      <select
        value={current?.id ?? ''}
        aria-label="Saved queries"
        data-testid="saved-query-select"
        onChange={(e) => {
          const s = saved.find((x) => x.id === e.target.value);
          if (s) onQuery(normaliseQuery(s.query));
        }}
      >
        <option value="">{saved.length ? 'Saved queries…' : 'No saved queries'}</option>
        {saved.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({counts.get(s.id) ?? '…'})
          </option>
        ))}
      </select>
      {naming ? (
        <form
          className="saved-queries__form"
          onSubmit={(e) => {
            e.preventDefault();
            saveQuery(getDatabase(), study.id, name, query)
              .then(() => {
                setNaming(false);
                setName('');
                setError(null);
              })
              .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
          }}
        >
          <input autoFocus value={name} placeholder="name" data-testid="saved-query-name" onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button button--small" data-testid="saved-query-confirm">
            Save
          </button>
          <button type="button" className="button button--small" onClick={() => setNaming(false)}>
            Cancel
          </button>
          {error ? <span className="query-bar__error">{error}</span> : null}
        </form>
      ) : (
        <button type="button" className="button button--small" data-testid="save-query" onClick={() => setNaming(true)}>
          Save query…
        </button>
      )}
      {current ? (
        <button type="button" className="button button--small" title={`Delete “${current.name}”`} onClick={() => void deleteSavedQuery(getDatabase(), current.id)}>
          Delete
        </button>
      ) : null}
    </span>
  );
}
