import type { RowFilter } from '../study/row-filter';
import type { StudyRecord } from '../study/study-types';
import { OutcomeLegend } from './OutcomeLegend';

export interface StudyToolbarProps {
  study: StudyRecord;
  filter: RowFilter;
  shown: number;
  onFilter: (filter: RowFilter) => void;
}

export function StudyToolbar({ study, filter, shown, onFilter }: StudyToolbarProps) {
  return (
    <div className="toolbar">
      <label className="toolbar__field">
        Source
        <select
          value={filter.source}
          data-testid="source-filter"
          onChange={(e) => onFilter({ ...filter, source: e.target.value })}
        >
          <option value="">All sources</option>
          {study.sources.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar__field toolbar__check">
        <input
          type="checkbox"
          checked={filter.changingOnly}
          onChange={(e) => onFilter({ ...filter, changingOnly: e.target.checked })}
        />
        Outcome changes along the ladder
      </label>
      <span className="toolbar__count" data-testid="question-count">
        {shown === study.questionCount ? `${shown} questions` : `${shown} of ${study.questionCount} questions`}
      </span>
      {study.disagreementCount > 0 ? (
        <span className="badge badge--warn" title="Conditions where the imported file’s verdict disagrees with the workbench’s grade">
          {study.disagreementCount} verdict disagreement{study.disagreementCount === 1 ? '' : 's'}
        </span>
      ) : null}
      <span className="toolbar__spacer" />
      <OutcomeLegend />
    </div>
  );
}
