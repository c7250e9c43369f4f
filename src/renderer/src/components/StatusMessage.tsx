export interface StatusMessageProps {
  kind: 'loading' | 'error' | 'info';
  title?: string;
  children: React.ReactNode;
  action?: React.ReactNode;
}

/** A full-area message: loading, an error (with its cause), or a note. */
export function StatusMessage({ kind, title, children, action }: StatusMessageProps) {
  return (
    <div className={`status status--${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={`status-${kind}`}>
      {title ? <h2 className="status__title">{title}</h2> : null}
      <div className="status__body">{children}</div>
      {action ? <div className="status__action">{action}</div> : null}
    </div>
  );
}
