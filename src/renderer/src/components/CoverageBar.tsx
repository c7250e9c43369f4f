/** Done out of total, as a bar and numbers. */
export function CoverageBar({ done, total }: { done: number; total: number }) {
  const share = total > 0 ? done / total : 0;
  return (
    <span className="coverage" data-testid="coverage" data-done={done} data-total={total}>
      <span className="coverage-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(share * 100)}%` }} />
      </span>{' '}
      {done}/{total}
    </span>
  );
}
