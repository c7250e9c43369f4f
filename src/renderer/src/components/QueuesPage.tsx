import { useMemo, useState } from 'react';
import type { ConditionId, FlipKind, Tag } from '../../../shared/domain';
import { FLIP_KINDS } from '../../../shared/flip';
import { CHANGING_FLIP_KINDS, flipMatrix } from '../../../shared/flip-matrix';
import { getDatabase } from '../db/database';
import { deleteQueue, saveQueue } from '../db/queues';
import { useQueues } from '../data/use-review';
import { isReviewWork } from '../study/annotation-kinds';
import { conditionLabel } from '../study/ladder';
import { drawQueueItems, queueCoverage, resumeIndex, type ReviewQueue } from '../study/review-queue';
import type { QuestionListRow, StudyRecord } from '../study/study-types';
import { CoverageBar } from './CoverageBar';
import { ConditionSelect } from './ConditionSelect';

export interface QueuesPageProps {
  study: StudyRecord;
  rows: readonly QuestionListRow[];
  tags: readonly Tag[];
  annotator: string;
  onOpenQueue: (id: string) => void;
  onOpenItem: (queue: ReviewQueue, key: string) => void;
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}

/** Review queues: build one from flip-matrix cells (n per cell, seeded), list the study's queues with coverage. */
export function QueuesPage({ study, rows, tags, annotator, onOpenQueue, onOpenItem }: QueuesPageProps) {
  const queues = useQueues(study.id);
  const [from, setFrom] = useState<ConditionId>(study.conditions[0]);
  const [to, setTo] = useState<ConditionId>(study.conditions[study.conditions.length - 1]);
  const [cells, setCells] = useState<FlipKind[]>([...CHANGING_FLIP_KINDS]);
  const [perCell, setPerCell] = useState(5);
  const [seed, setSeed] = useState('1');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const matrix = useMemo(() => flipMatrix(rows, from, to), [rows, from, to]);
  const reviewed = useMemo(() => new Set(tags.filter((t) => t.annotator === annotator && isReviewWork(t)).map((t) => t.questionKey)), [tags, annotator]);

  const create = async () => {
    if (!Number.isInteger(perCell) || perCell < 1) return setError('Questions per cell must be a whole number of at least 1.');
    if (cells.length === 0) return setError('Pick at least one cell.');
    const items = drawQueueItems(matrix.keys, cells, perCell, seed);
    if (items.length === 0) return setError('The cells picked hold no questions.');
    const queue: ReviewQueue = {
      id: newId(),
      studyId: study.id,
      name: name.trim() || `${conditionLabel(from)} → ${conditionLabel(to)}`,
      from,
      to,
      cells,
      perCell,
      seed,
      items,
      position: 0,
      createdAt: Date.now(),
    };
    await saveQueue(getDatabase(), queue);
    setError(null);
    onOpenQueue(queue.id);
  };

  return (
    <section className="review-screen" data-testid="queues-page">
      <h2 className="section-title">New review queue</h2>
      <div className="review-form">
        <ConditionSelect label="From" conditions={study.conditions} value={from} testId="queue-from" onChange={setFrom} />
        <ConditionSelect label="To" conditions={study.conditions} value={to} testId="queue-to" onChange={setTo} />
        <label>
          Per cell
          <input type="number" min={1} value={perCell} data-testid="queue-n" onChange={(e) => setPerCell(Number(e.target.value))} />
        </label>
        <label>
          Seed
          <input type="text" value={seed} data-testid="queue-seed" onChange={(e) => setSeed(e.target.value)} />
        </label>
        <label>
          Name
          <input type="text" value={name} placeholder="optional" data-testid="queue-name" onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="button" className="button" data-testid="queue-create" onClick={() => void create()}>
          Create queue
        </button>
      </div>
      <table className="review-table" data-testid="queue-cells">
        <thead>
          <tr>
            <th />
            <th>Flip-matrix cell</th>
            <th>Questions</th>
            <th>Drawn</th>
          </tr>
        </thead>
        <tbody>
          {FLIP_KINDS.map((k) => (
            <tr key={k} data-cell={k}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Draw from ${k}`}
                  checked={cells.includes(k)}
                  onChange={(e) => setCells((cs) => (e.target.checked ? FLIP_KINDS.filter((x) => x === k || cs.includes(x)) : cs.filter((x) => x !== k)))}
                />
              </td>
              <td>{k}</td>
              <td>{matrix.counts[k]}</td>
              <td>{cells.includes(k) ? Math.min(perCell, matrix.counts[k]) : 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {error ? <p className="annotations__error" role="alert">{error}</p> : null}

      <h2 className="section-title">Queues of this study</h2>
      {queues && queues.length > 0 ? (
        <table className="review-table" data-testid="queue-list">
          <thead>
            <tr>
              <th>Queue</th>
              <th>Pair</th>
              <th>Seed</th>
              <th>Reviewed by {annotator}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {queues.map((q) => {
              const cov = queueCoverage(q, reviewed);
              const at = resumeIndex(q);
              return (
                <tr key={q.id} data-testid="queue-row" data-queue={q.id}>
                  <td>
                    <button type="button" className="link-button" onClick={() => onOpenQueue(q.id)}>
                      {q.name}
                    </button>
                  </td>
                  <td>
                    {conditionLabel(q.from)} → {conditionLabel(q.to)}
                  </td>
                  <td>
                    {q.perCell}/cell · {q.seed}
                  </td>
                  <td>
                    <CoverageBar done={cov.done} total={cov.total} />
                  </td>
                  <td>
                    <button type="button" className="button" data-testid="queue-resume" disabled={at < 0} onClick={() => onOpenItem(q, q.items[at].key)}>
                      Resume at {at + 1}
                    </button>{' '}
                    <button type="button" className="button" title="Delete this queue (annotations stay)" onClick={() => void deleteQueue(getDatabase(), q.id)}>
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="hint">{queues ? 'No queues yet.' : 'Loading…'}</p>
      )}
    </section>
  );
}
