import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunStatus } from '../../../shared/api';
import { getApi } from '../api/client';
import { getDatabase } from '../db/database';
import { runStudyId, saveRunStudy } from '../desktop/run-study';
import { useAppEvents } from '../desktop/use-app-events';

/**
 * Shows a sweep that is running (from any screen) and keeps its study up to date: each
 * finished question is imported into the study as soon as it is in the run log.
 */
export function ActiveRunIndicator() {
  const [run, setRun] = useState<RunStatus | null>(null);
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const sync = useCallback(() => {
    timer.current = undefined;
    const ids = [...pending.current];
    pending.current.clear();
    for (const id of ids) {
      void getApi()
        .getRunLog(id)
        .then((log) => saveRunStudy(getDatabase(), id, log))
        .catch(() => undefined);
    }
  }, []);

  const schedule = useCallback(
    (id: string) => {
      pending.current.add(id);
      timer.current ??= setTimeout(sync, 150);
    },
    [sync],
  );

  useEffect(() => {
    // A run already going when this window opened.
    void getApi()
      .listRuns()
      .then((runs) => {
        const active = runs.find((r) => r.state === 'running' || r.state === 'starting');
        if (active) setRun(active);
        // Bring studies up to date where the run log has more questions than the study.
        const db = getDatabase();
        for (const r of runs) {
          if (r.done === 0) continue;
          void db.studies
            .get(runStudyId(r.id))
            .then((study) => {
              if (!study || study.questionCount < r.done) schedule(r.id);
            })
            .catch(() => schedule(r.id));
        }
      })
      .catch(() => undefined);
    return () => clearTimeout(timer.current);
  }, [schedule]);

  useAppEvents((e) => {
    if (e.type === 'run') {
      setRun(e.status.state === 'running' || e.status.state === 'starting' ? e.status : null);
      if (e.status.state !== 'running' && e.status.state !== 'starting' && e.status.done > 0) schedule(e.status.id);
    } else if (e.type === 'run-question') schedule(e.runId);
  });

  if (!run) return null;
  return (
    <a className="screen-nav__run" href="#/run" data-testid="active-run" title={run.current ?? ''}>
      Running {run.done}/{run.total}
    </a>
  );
}
