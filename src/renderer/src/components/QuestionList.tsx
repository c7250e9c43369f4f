import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ConditionId } from '../../../shared/domain';
import type { QuestionListRow } from '../study/study-types';
import { LadderScale } from './LadderScale';
import { QuestionRow } from './QuestionRow';

const ROW_HEIGHT = 34;

export interface QuestionListProps {
  rows: readonly QuestionListRow[];
  conditions: readonly ConditionId[];
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
  onOpen: (key: string) => void;
}

/** The study's questions, virtualised so that 10,000 rows stay smooth. */
export function QuestionList({ rows, conditions, selectedKey, onSelect, onOpen }: QuestionListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's functions change identity on every scroll; this component is not memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (i) => rows[i].key,
  });
  const selectedIndex = selectedKey === undefined ? -1 : rows.findIndex((r) => r.key === selectedKey);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <div className="question-list" role="table" aria-label="Questions" aria-rowcount={rows.length}>
      <div className="question-list__head" role="row">
        <span className="question-row__index" role="columnheader">#</span>
        <span className="question-row__source" role="columnheader">Source</span>
        <span className="question-row__text" role="columnheader">Question</span>
        <span className="question-row__ladder" role="columnheader">
          <LadderScale conditions={conditions} />
        </span>
        <span className="question-row__flags" role="columnheader" />
      </div>
      <div className="question-list__scroll" ref={scrollRef} data-testid="question-list">
        {rows.length === 0 ? <div className="question-list__empty">No questions match.</div> : null}
        <div className="question-list__canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index];
            return (
              <QuestionRow
                key={v.key}
                row={row}
                conditions={conditions}
                selected={row.key === selectedKey}
                onSelect={onSelect}
                onOpen={onOpen}
                style={{ height: v.size, transform: `translateY(${v.start}px)` }}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
