import { useCallback, useEffect, useState } from 'react';
import type { RunRequest, RunStatus } from '../../../shared/api';
import { getApi } from '../api/client';
import { appendPieces, EMPTY_TRACE, type LiveTraceState } from '../desktop/live-trace';
import { useAppEvents } from '../desktop/use-app-events';
import { LiveTrace } from './LiveTrace';
import { RunForm } from './RunForm';
import { RunRow } from './RunRow';

/** The run panel: start a sweep, follow it live, pause, cancel and resume runs. */
export function RunScreen() {
  const [runs, setRuns] = useState<RunStatus[]>([]);
  const [trace, setTrace] = useState<LiveTraceState>(EMPTY_TRACE);
  const [liveRun, setLiveRun] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    void getApi()
      .listRuns()
      .then(setRuns)
      .catch((e: unknown) => setError((e as Error).message));
  }, []);
  useEffect(refresh, [refresh]);

  useAppEvents((e) => {
    if (e.type === 'run') {
      setRuns((list) => (list.some((r) => r.id === e.status.id) ? list.map((r) => (r.id === e.status.id ? e.status : r)) : [e.status, ...list]));
    } else if (e.type === 'run-live') {
      if (e.runId !== liveRun) {
        setLiveRun(e.runId);
        setTrace(appendPieces(EMPTY_TRACE, e.pieces));
      } else setTrace((t) => appendPieces(t, e.pieces));
    }
  });

  const act = async (what: () => Promise<RunStatus>) => {
    setError(null);
    try {
      const s = await what();
      setRuns((list) => (list.some((r) => r.id === s.id) ? list.map((r) => (r.id === s.id ? s : r)) : [s, ...list]));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const start = (request: RunRequest) => act(() => getApi().startRun(request));
  const running = runs.find((r) => r.state === 'running' || r.state === 'starting');

  return (
    <main className="desktop-screen desktop-screen--run" data-testid="run-screen">
      <h2>Run a sweep</h2>
      <RunForm onStart={start} disabled={running !== undefined} />
      {error ? (
        <p className="desktop-note desktop-note--error" role="alert" data-testid="run-error">
          {error}
        </p>
      ) : null}
      <section className="desktop-section">
        <h3>Runs</h3>
        {runs.length === 0 ? <p className="desktop-hint">No runs yet. Their run logs are kept in the data folder (see Settings).</p> : null}
        <ul className="run-list" data-testid="run-list">
          {runs.map((r) => (
            <RunRow
              key={r.id}
              run={r}
              onPause={() => act(() => getApi().pauseRun(r.id))}
              onResume={() => act(() => getApi().resumeRun(r.id))}
              onCancel={() => act(() => getApi().cancelRun(r.id))}
            />
          ))}
        </ul>
      </section>
      {liveRun ? <LiveTrace trace={trace} running={running?.id === liveRun} /> : null}
    </main>
  );
}
