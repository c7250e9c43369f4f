export interface ErrorBannerProps {
  message: string;
  onDismiss: () => void;
}

/** A problem that does not stop the current screen (e.g. a run-log file that could not be read). */
export function ErrorBanner({ message, onDismiss }: ErrorBannerProps) {
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <span className="error-banner__text">{message}</span>
      <button type="button" className="error-banner__close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
