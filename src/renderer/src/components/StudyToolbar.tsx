import type { QueryContext, RowQuery } from '../study/row-query';
import type { SavedQuery } from '../study/saved-query';
import type { QuestionListRow, StudyRecord } from '../study/study-types';
import { OutcomeLegend } from './OutcomeLegend';
import { QueryBar } from './QueryBar';
import { SavedQueries } from './SavedQueries';

export interface StudyToolbarProps {
  study: StudyRecord;
  allRows: readonly QuestionListRow[];
  query: RowQuery;
  shown: number;
  onQuery: (query: RowQuery) => void;
  labels: readonly string[];
  annotators: readonly string[];
  saved: readonly SavedQuery[];
  context: QueryContext;
  searching: boolean;
  searchError?: string;
}

export function StudyToolbar({ study, allRows, query, shown, onQuery, labels, annotators, saved, context, searching, searchError }: StudyToolbarProps) {
  return (
    <div className="toolbar toolbar--query">
      <QueryBar study={study} query={query} onQuery={onQuery} labels={labels} annotators={annotators} searching={searching} searchError={searchError} />
      <div className="query-bar__row">
        <span className="toolbar__count" data-testid="question-count" aria-busy={searching}>
          {shown === study.questionCount ? `${shown.toLocaleString('en')} questions` : `${shown.toLocaleString('en')} of ${study.questionCount.toLocaleString('en')} questions`}
        </span>
        {study.disagreementCount > 0 ? (
          <span className="badge badge--warn" data-testid="disagreement-count" title="Conditions where the imported file’s verdict disagrees with the workbench’s grade">
            {study.disagreementCount} verdict disagreement{study.disagreementCount === 1 ? '' : 's'}
          </span>
        ) : null}
        <SavedQueries study={study} allRows={allRows} saved={saved} query={query} context={context} onQuery={onQuery} />
        <span className="toolbar__spacer" />
        <OutcomeLegend />
      </div>
    </div>
  );
}
