import { useKeyNavigation } from '../hooks/use-key-navigation';
import type { QueryContext, RowQuery } from '../study/row-query';
import type { SavedQuery } from '../study/saved-query';
import type { QuestionListRow, StudyRecord } from '../study/study-types';
import { QuestionList } from './QuestionList';
import { StudyTabs } from './StudyTabs';
import { StudyToolbar } from './StudyToolbar';

export interface StudyScreenProps {
  study: StudyRecord;
  /** Rows after the query, in its order. */
  rows: readonly QuestionListRow[];
  allRows: readonly QuestionListRow[];
  query: RowQuery;
  onQuery: (query: RowQuery) => void;
  labels: readonly string[];
  annotators: readonly string[];
  saved: readonly SavedQuery[];
  context: QueryContext;
  searching: boolean;
  searchError?: string;
  onOverview: () => void;
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
  onOpen: (key: string) => void;
}

/** The study's question list with its query bar, saved queries and legend. Keys: j/k or ↓/↑ select, Enter opens. */
export function StudyScreen({ study, rows, allRows, query, onQuery, labels, annotators, saved, context, searching, searchError, onOverview, selectedKey, onSelect, onOpen }: StudyScreenProps) {
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
      <StudyTabs tab="questions" onTab={(t) => t === 'overview' && onOverview()} />
      <StudyToolbar
        study={study}
        allRows={allRows}
        query={query}
        shown={rows.length}
        onQuery={onQuery}
        labels={labels}
        annotators={annotators}
        saved={saved}
        context={context}
        searching={searching}
        searchError={searchError}
      />
      <QuestionList rows={rows} conditions={study.conditions} selectedKey={selectedKey} onSelect={onSelect} onOpen={onOpen} />
    </main>
  );
}
