import { useEffect, useState } from 'react';
import type { ConditionId, FlipKind, OutcomeState } from '../../../shared/domain';
import { FLIP_KINDS } from '../../../shared/flip';
import { conditionLabel } from '../study/ladder';
import { FLIP_LABEL } from '../study/flip-labels';
import { OUTCOME_LABEL, OUTCOME_ORDER } from '../study/outcome-labels';
import { EMPTY_QUERY, patternError, SORT_LABELS, type RowQuery, type SortKey } from '../study/row-query';
import type { StudyRecord } from '../study/study-types';

export interface QueryBarProps {
  study: StudyRecord;
  query: RowQuery;
  onQuery: (q: RowQuery) => void;
  labels: readonly string[];
  annotators: readonly string[];
  searching: boolean;
  searchError?: string;
}

const ANY_CHANGE = '*';

/** Filters and sorting of the question list. */
export function QueryBar({ study, query, onQuery, labels, annotators, searching, searchError }: QueryBarProps) {
  const ladder = study.conditions;
  const [pattern, setPattern] = useState(query.text?.pattern ?? '');
  // Follow the query when it is replaced from outside (a saved query, a flip cell).
  const [seen, setSeen] = useState(query.text?.pattern ?? '');
  if ((query.text?.pattern ?? '') !== seen) {
    setSeen(query.text?.pattern ?? '');
    setPattern(query.text?.pattern ?? '');
  }
  const localError = pattern ? patternError(pattern) : null;
  useEffect(() => {
    if (pattern === (query.text?.pattern ?? '') || localError) return;
    const t = setTimeout(() => onQuery({ ...query, text: { pattern, caseSensitive: query.text?.caseSensitive ?? false, scope: query.text?.scope ?? 'both' } }), 250);
    return () => clearTimeout(t);
  }, [pattern, localError, query, onQuery]);

  const flip = query.flip;
  const flipFrom = flip?.from ?? '';
  const set = (patch: Partial<RowQuery>) => onQuery({ ...query, ...patch });
  const setFlip = (from: string, to: string, kind: string) => {
    if (!from || !to) {
      const { flip: _f, ...rest } = query;
      onQuery(rest);
      return;
    }
    set({ flip: { from: from as ConditionId, to: to as ConditionId, kinds: kind === '' ? [] : kind === ANY_CHANGE ? FLIP_KINDS.filter((k) => k !== 'correct→correct' && k !== 'wrong→same-wrong' && k !== 'no-answer→no-answer') : [kind as FlipKind] } });
  };
  const flipKindValue = !flip ? '' : flip.kinds.length === 0 ? '' : flip.kinds.length === 1 ? flip.kinds[0] : ANY_CHANGE;
  const outcome = query.outcome;
  const setOutcome = (condition: string, state: string) => {
    if (!state) {
      const { outcome: _o, ...rest } = query;
      onQuery(rest);
      return;
    }
    set({ outcome: { condition: (condition || 'any') as ConditionId | 'any', states: [state as OutcomeState] } });
  };
  const active = JSON.stringify({ ...query, sort: EMPTY_QUERY.sort }) !== JSON.stringify({ ...EMPTY_QUERY });

  return (
    <div className="query-bar" data-testid="query-bar">
      <div className="query-bar__row">
        <label className="toolbar__field">
          Source
          <select value={query.source} data-testid="source-filter" onChange={(e) => set({ source: e.target.value })}>
            <option value="">All sources</option>
            {study.sources.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__field">
          Outcome
          <select value={outcome?.states[0] ?? ''} data-testid="outcome-filter" onChange={(e) => setOutcome(outcome?.condition ?? 'any', e.target.value)}>
            <option value="">any</option>
            {OUTCOME_ORDER.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABEL[o]}
              </option>
            ))}
          </select>
          <select value={outcome?.condition ?? 'any'} data-testid="outcome-condition" aria-label="under condition" onChange={(e) => setOutcome(e.target.value, outcome?.states[0] ?? '')}>
            <option value="any">under any condition</option>
            {ladder.map((id) => (
              <option key={id} value={id}>
                under {conditionLabel(id)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__field">
          Flip
          <select value={flipFrom} data-testid="flip-filter-from" aria-label="flip from" onChange={(e) => setFlip(e.target.value, flip?.to ?? ladder[ladder.length - 1] ?? '', flipKindValue)}>
            <option value="">—</option>
            {ladder.map((id) => (
              <option key={id} value={id}>
                {conditionLabel(id)}
              </option>
            ))}
          </select>
          →
          <select value={flip?.to ?? ''} data-testid="flip-filter-to" aria-label="flip to" disabled={!flip} onChange={(e) => setFlip(flipFrom, e.target.value, flipKindValue)}>
            {ladder.map((id) => (
              <option key={id} value={id}>
                {conditionLabel(id)}
              </option>
            ))}
          </select>
          <select value={flipKindValue} data-testid="flip-filter-kind" aria-label="flip kind" disabled={!flip} onChange={(e) => setFlip(flipFrom, flip?.to ?? '', e.target.value)}>
            <option value="">any</option>
            <option value={ANY_CHANGE}>any change</option>
            {FLIP_KINDS.map((k) => (
              <option key={k} value={k}>
                {FLIP_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__field">
          Tag
          <select value={query.tag} data-testid="tag-filter" onChange={(e) => set({ tag: e.target.value })}>
            <option value="">any</option>
            {labels.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__field">
          Annotator
          <select value={query.annotator} data-testid="annotator-filter" onChange={(e) => set({ annotator: e.target.value })}>
            <option value="">any</option>
            {annotators.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="query-bar__row">
        <label className="toolbar__field query-bar__search">
          Search
          <input
            type="search"
            value={pattern}
            placeholder="regular expression in questions and traces"
            data-testid="text-search"
            aria-invalid={!!(localError || searchError)}
            onChange={(e) => setPattern(e.target.value)}
          />
        </label>
        <select
          value={query.text?.scope ?? 'both'}
          aria-label="search in"
          data-testid="text-scope"
          onChange={(e) => set({ text: { pattern, caseSensitive: query.text?.caseSensitive ?? false, scope: e.target.value as 'both' | 'question' | 'trace' } })}
        >
          <option value="both">questions and traces</option>
          <option value="question">questions only</option>
          <option value="trace">traces and answers only</option>
        </select>
        <label className="toolbar__field toolbar__check">
          <input
            type="checkbox"
            checked={query.text?.caseSensitive ?? false}
            onChange={(e) => set({ text: { pattern, caseSensitive: e.target.checked, scope: query.text?.scope ?? 'both' } })}
          />
          Aa
        </label>
        {localError || searchError ? (
          <span className="query-bar__error" data-testid="search-error">
            {localError ?? searchError}
          </span>
        ) : searching ? (
          <span className="toolbar__count">searching…</span>
        ) : null}
        <label className="toolbar__field toolbar__check">
          <input type="checkbox" checked={query.changingOnly} data-testid="changing-filter" onChange={(e) => set({ changingOnly: e.target.checked })} />
          Outcome changes along the ladder
        </label>
        <label className="toolbar__field toolbar__check">
          <input type="checkbox" checked={query.disagreementsOnly} data-testid="disagreement-filter" onChange={(e) => set({ disagreementsOnly: e.target.checked })} />
          Verdict disagreements
        </label>
        <label className="toolbar__field">
          Sort
          <select value={query.sort.by} data-testid="sort-by" onChange={(e) => set({ sort: { ...query.sort, by: e.target.value as SortKey } })}>
            {(Object.keys(SORT_LABELS) as SortKey[]).map((k) => (
              <option key={k} value={k}>
                {SORT_LABELS[k]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            data-testid="sort-direction"
            title={query.sort.descending ? 'Descending' : 'Ascending'}
            onClick={() => set({ sort: { ...query.sort, descending: !query.sort.descending } })}
          >
            {query.sort.descending ? '↓' : '↑'}
          </button>
        </label>
        {active ? (
          <button type="button" className="button button--small" data-testid="clear-query" onClick={() => onQuery({ ...EMPTY_QUERY, sort: query.sort })}>
            Clear filters
          </button>
        ) : null}
      </div>
    </div>
  );
}
