import { useCallback, useEffect, useState } from 'react';
import { AppHeader } from './components/AppHeader';
import { ErrorBanner } from './components/ErrorBanner';
import { OpenRunLogButton } from './components/OpenRunLogButton';
import { StudySwitcher } from './components/StudySwitcher';
import { QuestionView } from './components/QuestionView';
import { StatusMessage } from './components/StatusMessage';
import { StudyScreen } from './components/StudyScreen';
import { ReviewNav } from './components/ReviewNav';
import { ReviewScreen } from './components/ReviewScreen';
import { StudyTabs } from './components/StudyTabs';
import { useQuestionRows, useStudy } from './data/use-study';
import { useSavedQueries, useStudyQuery } from './data/use-study-query';
import { ImportButton } from './components/ImportButton';
import { StudyOverview } from './components/StudyOverview';
import { useRoute } from './routing/use-route';
import type { ConditionPair } from './study/condition-pair';
import { EMPTY_QUERY, type RowQuery } from './study/row-query';
import { normaliseQuery } from './study/saved-query';
import { SAMPLE_STUDY_ID } from './study/sample-study';
import { useSampleStudy } from './study/use-sample-study';

import { ModelsScreen } from './components/ModelsScreen';
import { RunScreen } from './components/RunScreen';
import { ScreenNav } from './components/ScreenNav';
import { SettingsScreen } from './components/SettingsScreen';

export function App() {
  const [route, navigate] = useRoute();
  const boot = useSampleStudy();
  const studyId = 'studyId' in route ? route.studyId : undefined;
  const study = useStudy(studyId);
  const allRows = useQuestionRows(studyId);
  const [query, setQuery] = useState<RowQuery>(EMPTY_QUERY);
  const [problem, setProblem] = useState<string | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | undefined>(route.name === 'question' ? route.key : undefined);
  const listed = useStudyQuery(study, allRows, query);
  const rows = listed.rows;
  const saved = useSavedQueries(studyId);

  // A query in the URL (from a flip-matrix cell) replaces the list's query once.
  const routeQuery = route.name === 'study' ? route.query : undefined;
  const [seenRouteQuery, setSeenRouteQuery] = useState<string | undefined>(undefined);
  if (!routeQuery && seenRouteQuery !== undefined) setSeenRouteQuery(undefined);
  if (routeQuery && routeQuery !== seenRouteQuery) {
    setSeenRouteQuery(routeQuery);
    try {
      setQuery(normaliseQuery(JSON.parse(routeQuery) as Partial<RowQuery>));
    } catch {
      setProblem('The link’s question-list query could not be read.');
    }
  }
  useEffect(() => {
    if (routeQuery && studyId) navigate({ name: 'study', studyId }, true);
  }, [routeQuery, studyId, navigate]);

  // Home opens the sample study once it is in the database.
  useEffect(() => {
    if (route.name === 'home' && boot.state === 'ready') navigate({ name: 'study', studyId: SAMPLE_STUDY_ID }, true);
  }, [route.name, boot.state, navigate]);

  const onQuery = useCallback((q: RowQuery) => setQuery(q), []);
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
      setQuery(EMPTY_QUERY);
      setSelectedKey(undefined);
      navigate({ name: 'study', studyId: id });
    },
    [navigate],
  );

  const header = (
    <AppHeader study={study ?? undefined} onHome={() => navigate({ name: 'home' })}>
      <ScreenNav current={route.name === 'models' || route.name === 'run' || route.name === 'settings' ? route.name : 'studies'} />
      <StudySwitcher studyId={studyId} onOpen={openStudy} />
      {studyId && route.name !== 'review' ? <ReviewNav inHeader studyId={studyId} onPage={(page) => navigate({ name: 'review', studyId, page })} /> : null}
      <ImportButton study={study ?? undefined} onImported={openStudy} />
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
  if (route.name === 'models') body = <ModelsScreen />;
  else if (route.name === 'run') body = <RunScreen />;
  else if (route.name === 'settings') body = <SettingsScreen />;
  else if (boot.state === 'error' && !study) {
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
        queueId={route.queue}
        onOpenTaxonomy={() => navigate({ name: 'review', studyId: study.id, page: 'taxonomy' })}
      />
    );
  } else if (route.name === 'review') {
    body = (
      <ReviewScreen
        study={study}
        page={route.page}
        id={route.id}
        allRows={allRows}
        rows={rows}
        onPage={(page, id) => navigate({ name: 'review', studyId: study.id, page, ...(id ? { id } : {}) })}
        onOpenQuestion={(key, queue) => navigate({ name: 'question', studyId: study.id, key, ...(queue ? { queue: queue.id } : {}) })}
        onBack={back}
      />
    );
  } else if (route.name === 'overview') {
    body = (
      <main className="study-screen" data-testid="overview-screen">
        <StudyTabs tab="overview" onTab={(t) => t === 'questions' && navigate({ name: 'study', studyId: study.id })} />
        <StudyOverview
          study={study}
          rows={allRows}
          onShowFlip={(from, to, kind) =>
            navigate({ name: 'study', studyId: study.id, query: JSON.stringify({ ...EMPTY_QUERY, flip: { from, to, kinds: [kind] } }) })
          }
        />
      </main>
    );
  } else {
    body = (
      <StudyScreen
        study={study}
        rows={rows}
        allRows={allRows}
        query={query}
        onQuery={onQuery}
        labels={listed.labels}
        annotators={listed.annotators}
        saved={saved ?? []}
        context={listed.index}
        searching={listed.searching}
        searchError={listed.searchError}
        onOverview={() => navigate({ name: 'overview', studyId: study.id })}
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
