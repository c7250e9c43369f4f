import { useMemo } from 'react';
import type { ConditionId, Tag } from '../../../shared/domain';
import { useQueue } from '../data/use-review';
import { isReviewWork } from '../study/annotation-kinds';
import { conditionLabel } from '../study/ladder';
import { nextUnreviewed, queueCoverage, resumeIndex, type ReviewQueue } from '../study/review-queue';
import type { QuestionListRow } from '../study/study-types';
import { CoverageBar } from './CoverageBar';
import { Ladder } from './Ladder';
import { StatusMessage } from './StatusMessage';

export interface QueuePageProps {
  queueId: string;
  tags: readonly Tag[];
  annotator: string;
  /** The study's conditions in ladder order and its list rows, for each item's outcome strip. */
  conditions: readonly ConditionId[];
  rows: readonly QuestionListRow[];
  onOpenItem: (queue: ReviewQueue, key: string) => void;
}

/** One queue: coverage per cell, its questions, resume where the reviewer left off. */
export function QueuePage({ queueId, tags, annotator, conditions, rows, onOpenItem }: QueuePageProps) {
  const rowByKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  const queue = useQueue(queueId);
  const reviewed = useMemo(() => new Set(tags.filter((t) => t.annotator === annotator && isReviewWork(t)).map((t) => t.questionKey)), [tags, annotator]);
  if (queue === undefined) return <StatusMessage kind="loading">Loading the queue…</StatusMessage>;
  if (queue === null) return <StatusMessage kind="error">There is no queue “{queueId}”.</StatusMessage>;
  const cov = queueCoverage(queue, reviewed);
  const at = resumeIndex(queue);
  const keys = queue.items.map((i) => i.key);
  const next = nextUnreviewed(keys, at - 1 < 0 ? keys.length - 1 : at - 1, reviewed);
  return (
    <section className="review-screen" data-testid="queue-page" data-queue={queue.id}>
      <h2 className="section-title">
        Queue “{queue.name}” · {conditionLabel(queue.from)} → {conditionLabel(queue.to)} · {queue.perCell} per cell, seed {queue.seed}
      </h2>
      <div className="review-form">
        <button type="button" className="button" data-testid="queue-resume" disabled={at < 0} onClick={() => onOpenItem(queue, queue.items[at].key)}>
          Resume at {at + 1} / {queue.items.length}
        </button>
        <button type="button" className="button" data-testid="queue-next-unreviewed" disabled={next < 0} onClick={() => onOpenItem(queue, queue.items[next].key)}>
          Next unreviewed
        </button>
        <span>
          Reviewed by {annotator}: <CoverageBar done={cov.done} total={cov.total} />
        </span>
      </div>
      <table className="review-table" data-testid="queue-coverage">
        <thead>
          <tr>
            <th>Cell</th>
            <th>Coverage</th>
          </tr>
        </thead>
        <tbody>
          {cov.cells.map((c) => (
            <tr key={c.cell} data-cell={c.cell}>
              <td>{c.cell}</td>
              <td>
                <CoverageBar done={c.done} total={c.total} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="section-title">Questions</h2>
      <ol className="queue-items" data-testid="queue-items">
        {queue.items.map((item, i) => (
          <li key={item.key} data-testid="queue-item" data-key={item.key} data-reviewed={reviewed.has(item.key)} aria-current={i === at ? 'step' : undefined}>
            <button type="button" className="link-button" onClick={() => onOpenItem(queue, item.key)}>
              {item.key}
            </button>{' '}
            <Ladder conditions={conditions} outcomes={rowByKey.get(item.key)?.outcomes ?? {}} /> <span className="hint">{item.cell}</span> {reviewed.has(item.key) ? '✓' : ''} {i === at ? '← last position' : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
