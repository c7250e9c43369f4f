import type { ConditionId, Tag } from '../../../shared/domain';
import { getDatabase } from '../db/database';
import { decideFlipTag } from '../db/review-actions';
import { FLIP_TAG_DEFINITION, FLIP_TAG_LABEL, flipTagDecision, type FlipTagKind } from '../study/flip-tag';
import { conditionShortLabel } from '../study/ladder';

export interface FlipTagSuggestionProps {
  studyId: string;
  questionKey: string;
  annotator: string;
  tags: readonly Tag[];
  from: ConditionId;
  to: ConditionId;
  kind: FlipTagKind;
}

/** The automatic flip tag between the compared conditions, with confirm (c) and reject (x). */
export function FlipTagSuggestion({ tags, from, to, kind, ...where }: FlipTagSuggestionProps) {
  const decision = flipTagDecision(tags, from, to, where.annotator);
  const status = decision && decision.label === FLIP_TAG_LABEL[kind] ? decision.status : undefined;
  const decide = (s: 'confirmed' | 'rejected') => void decideFlipTag(getDatabase(), where, kind, from, to, s);
  return (
    <div className="flip-tag" data-testid="flip-tag" data-kind={kind} data-decision={status ?? 'suggested'}>
      <span className="flip-tag__pair">
        {conditionShortLabel(from)} → {conditionShortLabel(to)}
      </span>
      <span className={`flip-tag__label flip-tag__label--${kind}`} title={FLIP_TAG_DEFINITION[kind]}>
        {FLIP_TAG_LABEL[kind].replace(/^flip: /, '')}
      </span>
      <span className="flip-tag__status">{status ?? 'suggested'}</span>
      <button type="button" className="pick" aria-pressed={status === 'confirmed'} title="Confirm the flip tag (c)" data-testid="flip-confirm" onClick={() => decide('confirmed')}>
        ✓
      </button>
      <button type="button" className="pick" aria-pressed={status === 'rejected'} title="Reject the flip tag (x)" data-testid="flip-reject" onClick={() => decide('rejected')}>
        ✗
      </button>
    </div>
  );
}
