import type { ConditionId } from '../../../shared/domain';
import type { QuestionListRow } from '../study/study-types';
import { Ladder } from './Ladder';

export interface QuestionRowProps {
  row: QuestionListRow;
  conditions: readonly ConditionId[];
  selected: boolean;
  onOpen: (key: string) => void;
  onSelect: (key: string) => void;
  style: React.CSSProperties;
}

export function QuestionRow({ row, conditions, selected, onOpen, onSelect, style }: QuestionRowProps) {
  return (
    <div
      className={`question-row${selected ? ' question-row--selected' : ''}`}
      data-testid="question-row"
      data-key={row.key}
      role="row"
      aria-selected={selected}
      style={style}
      onMouseDown={() => onSelect(row.key)}
      onClick={() => onOpen(row.key)}
    >
      <span className="question-row__index" role="cell">{row.order + 1}</span>
      <span className="question-row__source" role="cell" title={`${row.source} #${row.index}`}>
        {row.source}
      </span>
      <span className="question-row__text" role="cell" title={row.head}>
        {row.head}
      </span>
      <span className="question-row__ladder" role="cell">
        <Ladder conditions={conditions} outcomes={row.outcomes} />
      </span>
      <span className="question-row__flags" role="cell">
        {row.disagreements > 0 ? (
          <span className="badge badge--warn" title={`${row.disagreements} condition(s) where the file’s verdict disagrees with the workbench’s grade`}>
            ≠{row.disagreements}
          </span>
        ) : null}
      </span>
    </div>
  );
}
