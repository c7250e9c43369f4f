import type { RunStatus } from '../../../shared/api';
import { formatEta } from '../desktop/format';
import { runStudyId } from '../desktop/run-study';

export interface RunRowProps {
  run: RunStatus;
  onPause: () => void;
  onResume: () => void;
  onCancel: () => void;
}

/** One run: state, progress overall, speed and ETA, and its controls. */
export function RunRow({ run: r, onPause, onResume, onCancel }: RunRowProps) {
  const active = r.state === 'running' || r.state === 'starting';
  const resumable = r.state === 'paused' || r.state === 'cancelled' || r.state === 'interrupted' || r.state === 'failed';
  const pct = r.total > 0 ? Math.round((r.done / r.total) * 100) : 0;
  return (
    <li className={`run-row run-row--${r.state}`} data-testid="run-row" data-run-id={r.id} data-state={r.state}>
      <div className="desktop-row">
        <strong className="desktop-grow">{r.request.title ?? r.id}</strong>
        <span className="run-row__state" data-testid="run-state">
          {r.state}
        </span>
        {active ? (
          <>
            <button type="button" className="button" onClick={onPause} data-testid="run-pause">
              Pause
            </button>
            <button type="button" className="button" onClick={onCancel} data-testid="run-cancel">
              Cancel
            </button>
          </>
        ) : null}
        {resumable ? (
          <button type="button" className="button button--primary" onClick={onResume} data-testid="run-resume">
            Resume
          </button>
        ) : null}
        {r.done > 0 ? (
          <a className="button" href={`#/study/${encodeURIComponent(runStudyId(r.id))}`} data-testid="run-open-study">
            Open study
          </a>
        ) : null}
      </div>
      <progress max={Math.max(1, r.total)} value={r.done} aria-label="Questions done" />
      <span className="desktop-hint" data-testid="run-progress">
        {r.done}/{r.total} questions ({pct}%)
        {active ? ` · ${r.tokensPerSecond} tok/s · ETA ${formatEta(r.etaSeconds)}${r.current ? ` · now ${r.current}` : ''}` : ''}
      </span>
      <div className="desktop-hint">
        b {r.request.grid.budgets.join(', ')} · rounds {r.request.grid.rounds.join(', ')} · {r.request.preset}
        {r.request.forceString ? ` (“${r.request.forceString}”)` : ''} · {r.request.mode} · {r.request.budgetPolicy} · {r.request.gpu} · run log {r.runLog}
      </div>
      {r.error ? (
        <p className="desktop-note desktop-note--error" role="alert">
          {r.error}
        </p>
      ) : null}
    </li>
  );
}
