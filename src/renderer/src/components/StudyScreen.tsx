import { useKeyNavigation } from '../hooks/use-key-navigation';
import type { RowFilter } from '../study/row-filter';
import type { QuestionListRow, StudyRecord } from '../study/study-types';
import { QuestionList } from './QuestionList';
import { StudyToolbar } from './StudyToolbar';

export interface StudyScreenProps {
  study: StudyRecord;
  /** Rows after filtering, in study order. */
  rows: readonly QuestionListRow[];
  filter: RowFilter;
  onFilter: (filter: RowFilter) => void;
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
  onOpen: (key: string) => void;
}

/** The study's question list with its filters and legend. Keys: j/k or ↓/↑ select, Enter opens. */
export function StudyScreen({ study, rows, filter, onFilter, selectedKey, onSelect, onOpen }: StudyScreenProps) {
  const move = (step: number) => {
    if (rows.length === 0) return;
    const i = rows.findIndex((r) => r.key === selectedKey);
    const next = i < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, i + step));
    onSelect(rows[next].key);
  };
  useKeyNavigation({
    j: () => move(1),
    k: () => move(-1),
    ArrowDown: () => move(1),
    ArrowUp: () => move(-1),
    PageDown: () => move(20),
    PageUp: () => move(-20),
    Home: () => rows.length > 0 && onSelect(rows[0].key),
    End: () => rows.length > 0 && onSelect(rows[rows.length - 1].key),
    Enter: () => {
      if (selectedKey && rows.some((r) => r.key === selectedKey)) onOpen(selectedKey);
    },
  });
  return (
    <main className="study-screen" data-testid="study-screen">
      <StudyToolbar study={study} filter={filter} shown={rows.length} onFilter={onFilter} />
      <QuestionList rows={rows} conditions={study.conditions} selectedKey={selectedKey} onSelect={onSelect} onOpen={onOpen} />
    </main>
  );
}
