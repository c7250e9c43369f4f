import type { DownloadStatus } from '../../../shared/api';
import { formatBytes } from '../desktop/format';

export interface DownloadProgressProps {
  status: DownloadStatus;
  onCancel: () => void;
  onRetry: () => void;
  onOpen: (file: string) => void;
}

/** One model download: progress bar, and what to do next. */
export function DownloadProgress({ status: s, onCancel, onRetry, onOpen }: DownloadProgressProps) {
  const pct = s.totalBytes > 0 ? Math.round((s.downloadedBytes / s.totalBytes) * 100) : 0;
  return (
    <div className={`download download--${s.state}`} data-testid="download" data-state={s.state}>
      <div className="desktop-row">
        <span className="desktop-grow">{s.uri}</span>
        {s.state === 'running' ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        {s.state === 'error' || s.state === 'cancelled' ? (
          <button type="button" className="button" onClick={onRetry}>
            Resume
          </button>
        ) : null}
        {s.state === 'done' && s.file ? (
          <button type="button" className="button button--primary" onClick={() => onOpen(s.file!)}>
            Open
          </button>
        ) : null}
      </div>
      <progress max={100} value={s.state === 'done' ? 100 : pct} aria-label={`Download of ${s.uri}`} />
      <span className="desktop-hint">
        {s.state === 'running' ? `${formatBytes(s.downloadedBytes)}${s.totalBytes ? ` of ${formatBytes(s.totalBytes)} (${pct}%)` : ''}` : s.state}
      </span>
      {s.error ? (
        <p className="desktop-note desktop-note--error" role="alert" data-testid="download-error">
          {s.error}
        </p>
      ) : null}
    </div>
  );
}
