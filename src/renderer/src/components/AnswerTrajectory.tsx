import type { CandidateMention, CutAnswer } from '../study/answer-trajectory';
import { conditionShortLabel } from '../study/ladder';

export interface AnswerTrajectoryProps {
  /** The answer at each cut along the trace. */
  cuts: readonly CutAnswer[];
  /** Candidate answers named in the longer side's thinking. */
  candidates: readonly CandidateMention[];
  /** Trace offsets beyond this lie past both compared cuts (not in the diff). */
  visibleUpTo: number;
  /** Show a place of the trace in the diff. */
  onReveal: (offset: number) => void;
}

/** Where the candidate answer changes inside the trace, and whether a forcing string came just before. */
export function AnswerTrajectory({ cuts, candidates, visibleUpTo, onReveal }: AnswerTrajectoryProps) {
  const changes = candidates.filter((c, i) => i === 0 || c.changed);
  return (
    <section className="trajectory" aria-label="Answer trajectory" data-testid="answer-trajectory">
      <h2 className="section-title">Answer trajectory</h2>
      <ol className="trajectory__cuts" aria-label="Answer at each cut">
        {cuts.map((c) => (
          <li
            key={c.conditionId}
            className={`trajectory__cut${c.changed ? ' trajectory__cut--changed' : ''}`}
            data-testid="trajectory-cut"
            data-condition={c.conditionId}
            data-changed={c.changed}
            data-after-forcing={c.afterForcing}
            title={`${conditionShortLabel(c.conditionId)} at char ${c.at}: ${c.answer}${c.changed ? (c.afterForcing ? ' (changed after a Wait)' : ' (changed)') : ''}`}
          >
            <span className="trajectory__cond">{conditionShortLabel(c.conditionId)}</span>
            <span className="trajectory__answer" data-outcome={c.outcome}>
              {c.answer.length > 8 ? `${c.answer.slice(0, 7)}…` : c.answer}
            </span>
            {c.changed && c.afterForcing ? <span className="trajectory__wait" title="A forcing string came before this change">Wait</span> : null}
          </li>
        ))}
      </ol>
      {changes.length > 0 ? (
        <ol className="trajectory__mentions" aria-label="Candidate answers in the thinking">
          {changes.map((c) => (
            <li key={c.at} data-testid="trajectory-mention" data-letter={c.letter} data-after-forcing={c.afterForcing}>
              <button
                type="button"
                className="link-button"
                disabled={c.at > visibleUpTo}
                onClick={() => onReveal(c.at)}
                title={c.at > visibleUpTo ? 'Past both compared cuts: compare a longer condition to see it' : 'Show in the diff'}
              >
                {c.changed ? '→' : '•'} {c.letter}
              </button>{' '}
              <span className="hint">
                char {c.at}
                {c.round > 0 ? `, round ${c.round}` : ''}
                {c.changed && c.afterForcing ? ', after a Wait' : ''}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">No candidate answer named in the thinking.</p>
      )}
    </section>
  );
}
