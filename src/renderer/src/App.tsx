import { useCallback, useEffect, useMemo, useState } from 'react';
import { AppHeader } from './components/AppHeader';
import { ErrorBanner } from './components/ErrorBanner';
import { OpenRunLogButton } from './components/OpenRunLogButton';
import { StudySwitcher } from './components/StudySwitcher';
import { QuestionView } from './components/QuestionView';
import { StatusMessage } from './components/StatusMessage';
import { StudyScreen } from './components/StudyScreen';
import { useQuestionRows, useStudy } from './data/use-study';
import { useRoute } from './routing/use-route';
import type { ConditionPair } from './study/condition-pair';
import { filterRows, NO_FILTER, type RowFilter } from './study/row-filter';
import { SAMPLE_STUDY_ID } from './study/sample-study';
import { useSampleStudy } from './study/use-sample-study';

export function App() {
  const [route, navigate] = useRoute();
  const boot = useSampleStudy();
  const studyId = route.name === 'home' ? undefined : route.studyId;
  const study = useStudy(studyId);
  const allRows = useQuestionRows(studyId);
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const [problem, setProblem] = useState<string | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | undefined>(route.name === 'question' ? route.key : undefined);
  const rows = useMemo(() => (allRows ? filterRows(allRows, filter) : []), [allRows, filter]);

  // Home opens the sample study once it is in the database.
  useEffect(() => {
    if (route.name === 'home' && boot.state === 'ready') navigate({ name: 'study', studyId: SAMPLE_STUDY_ID }, true);
  }, [route.name, boot.state, navigate]);

  const onFilter = useCallback((f: RowFilter) => setFilter(f), []);
  const openQuestion = useCallback(
    (key: string) => {
      if (!studyId) return;
      // The question opened is the list's selection when going back.
      setSelectedKey(key);
      // Keep the compared conditions when moving between questions.
      const pair = route.name === 'question' ? { left: route.left, right: route.right } : {};
      navigate({ name: 'question', studyId, key, ...pair });
    },
    [navigate, route, studyId],
  );
  const setPair = useCallback(
    (pair: ConditionPair) => {
      if (route.name === 'question') navigate({ ...route, left: pair.left, right: pair.right }, true);
    },
    [navigate, route],
  );
  const back = useCallback(() => {
    if (studyId) navigate({ name: 'study', studyId });
  }, [navigate, studyId]);

  const openStudy = useCallback(
    (id: string) => {
      setFilter(NO_FILTER);
      setSelectedKey(undefined);
      navigate({ name: 'study', studyId: id });
    },
    [navigate],
  );

  const header = (
    <AppHeader study={study ?? undefined} onHome={() => navigate({ name: 'home' })}>
      <StudySwitcher studyId={studyId} onOpen={openStudy} />
      <OpenRunLogButton
        onOpened={(s) => {
          setProblem(null);
          openStudy(s.id);
        }}
        onError={setProblem}
      />
    </AppHeader>
  );

  let body: React.ReactNode;
  if (boot.state === 'error' && !study) {
    body = (
      <StatusMessage
        kind="error"
        title="The sample study could not be loaded"
        action={
          <button type="button" className="button" onClick={boot.retry}>
            Try again
          </button>
        }
      >
        <pre className="status__detail" data-testid="error-detail">{boot.error}</pre>
      </StatusMessage>
    );
  } else if (route.name === 'home' || study === undefined || allRows === undefined) {
    body = <StatusMessage kind="loading">{boot.state === 'loading' ? 'Importing the sample study…' : 'Loading…'}</StatusMessage>;
  } else if (study === null) {
    body = (
      <StatusMessage
        kind="error"
        title="No such study"
        action={
          <button type="button" className="button" onClick={() => navigate({ name: 'home' })}>
            Open the sample study
          </button>
        }
      >
        There is no study “{route.studyId}” in this workbench.
      </StatusMessage>
    );
  } else if (route.name === 'question') {
    body = (
      <QuestionView
        study={study}
        questionKey={route.key}
        rows={rows}
        requested={{ left: route.left as ConditionPair['left'] | undefined, right: route.right as ConditionPair['right'] | undefined }}
        onOpen={openQuestion}
        onPair={setPair}
        onBack={back}
      />
    );
  } else {
    body = (
      <StudyScreen
        study={study}
        rows={rows}
        filter={filter}
        onFilter={onFilter}
        selectedKey={selectedKey}
        onSelect={setSelectedKey}
        onOpen={openQuestion}
      />
    );
  }

  return (
    <div className="app">
      {header}
      {problem ? <ErrorBanner message={problem} onDismiss={() => setProblem(null)} /> : null}
      {body}
    </div>
  );
}
