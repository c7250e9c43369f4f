import { useState } from 'react';
import type { ConditionId, Tag } from '../../../shared/domain';
import { addAnnotation, deleteAnnotation } from '../db/annotations';
import { getDatabase } from '../db/database';
import { addSpanLabel, saveNote, toggleQuestionLabel } from '../db/review-actions';
import { isAdjudication, isNote, isStar } from '../study/annotation-kinds';
import { isFlipTagLabel } from '../study/flip-tag';
import { conditionLabel, conditionShortLabel } from '../study/ladder';
import type { TaxonomyLabel } from '../study/taxonomy';
import type { TextSpan } from '../study/thinking';
import { FlipTagSuggestion, type FlipTagSuggestionProps } from './FlipTagSuggestion';
import { StarToggle } from './StarToggle';

/** A selection in the diff waiting for a label. */
export interface PendingSpan {
  conditionId: ConditionId;
  span: TextSpan;
  text: string;
}

export interface AnnotationPanelProps {
  studyId: string;
  questionKey: string;
  /** The condition a free-text tag is attached to (the right-hand one of the comparison). */
  conditionId: ConditionId;
  annotator: string;
  /** The question's annotations (every annotator). */
  tags: readonly Tag[] | undefined;
  taxonomy: readonly TaxonomyLabel[];
  flip: Omit<FlipTagSuggestionProps, 'studyId' | 'questionKey' | 'annotator' | 'tags'> | null;
  pending: PendingSpan | null;
  /** Called with a ref setter for the note box, so a key can focus it. */
  noteRef?: React.Ref<HTMLTextAreaElement>;
  onOpenTaxonomy?: () => void;
}

function spanText(t: Tag): string {
  if (!t.span) return 'whole question';
  return `${t.conditionId ? conditionShortLabel(t.conditionId) : ''} chars ${t.span.start}–${t.span.end}`;
}

/** The reviewer's work on a question: flip tag, star, taxonomy labels (whole or span), note, other tags. */
export function AnnotationPanel(props: AnnotationPanelProps) {
  const { studyId, questionKey, conditionId, annotator, tags, taxonomy, flip, pending, noteRef, onOpenTaxonomy } = props;
  const where = { studyId, questionKey, annotator };
  const [label, setLabel] = useState('');
  const [tagNote, setTagNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const myNote = tags?.find((t) => isNote(t) && t.annotator === annotator)?.note ?? '';
  // The note box starts from the stored note, and starts again when the stored note or question changes.
  const noteSource = `${questionKey}\u0000${myNote}`;
  const [note, setNote] = useState(myNote);
  const [noteFrom, setNoteFrom] = useState(noteSource);
  if (noteFrom !== noteSource) {
    setNoteFrom(noteSource);
    setNote(myNote);
  }
  const applied = new Set((tags ?? []).filter((t) => t.annotator === annotator && !t.span && !t.status).map((t) => t.label));
  const listed = (tags ?? []).filter((t) => !isNote(t) && !isStar(t) && !isFlipTagLabel(t.label));
  const otherNotes = (tags ?? []).filter((t) => isNote(t) && t.annotator !== annotator);

  const run = (p: Promise<unknown>) =>
    p.then(
      () => setError(null),
      (err: unknown) => setError(`Could not save: ${(err as Error).message}`),
    );
  const applyLabel = (l: string) =>
    run(pending ? addSpanLabel(getDatabase(), where, l, pending.conditionId, pending.span) : toggleQuestionLabel(getDatabase(), where, l));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const trimmed = label.trim();
    if (!trimmed) {
      setError('A tag needs a label.');
      return;
    }
    void run(
      addAnnotation(getDatabase(), { ...where, label: trimmed, conditionId, ...(tagNote.trim() ? { note: tagNote.trim() } : {}) }).then(() => {
        setLabel('');
        setTagNote('');
      }),
    );
  };

  return (
    <section className="annotations" aria-label="Review" data-testid="annotations">
      <div className="annotations__head">
        <h2 className="section-title">Review</h2>
        <span className="annotations__who" title="Every annotation records who made it">as {annotator}</span>
        <StarToggle {...where} tags={tags ?? []} />
      </div>
      {flip ? <FlipTagSuggestion {...where} tags={tags ?? []} {...flip} /> : null}

      <div className="annotations__taxonomy" data-testid="taxonomy">
        <div className="annotations__subhead">
          <span>{pending ? `Label the selection (${pending.span.end - pending.span.start} chars on ${conditionShortLabel(pending.conditionId)})` : 'Labels on the question'}</span>
          {onOpenTaxonomy ? (
            <button type="button" className="link-button" onClick={onOpenTaxonomy} data-testid="edit-taxonomy">
              edit labels
            </button>
          ) : null}
        </div>
        {pending ? <p className="annotations__pending" data-testid="pending-span">“{pending.text.length > 80 ? `${pending.text.slice(0, 79)}…` : pending.text}”</p> : null}
        <div className="chips">
          {taxonomy.map((t, i) => (
            <button
              key={t.label}
              type="button"
              className="chip"
              aria-pressed={!pending && applied.has(t.label)}
              title={`${t.definition}${i < 9 ? ` (key ${i + 1})` : ''}`}
              data-testid="taxonomy-label"
              data-label={t.label}
              onClick={() => void applyLabel(t.label)}
            >
              {i < 9 ? <kbd>{i + 1}</kbd> : null} {t.label}
            </button>
          ))}
        </div>
      </div>

      {listed.length > 0 ? (
        <ul className="annotations__list">
          {listed.map((t) => (
            <li key={t.id} className="annotations__item" data-testid="annotation" data-label={t.label} data-span={t.span ? `${t.span.start}-${t.span.end}` : ''}>
              <div className="annotations__row">
                <span className="annotations__label">{t.label}</span>
                <span className="annotations__meta">{isAdjudication(t) ? `adjudicated: ${t.status}` : spanText(t)}</span>
                <button
                  type="button"
                  className="annotations__delete"
                  title="Delete this tag"
                  aria-label={`Delete tag ${t.label}`}
                  onClick={() => void deleteAnnotation(getDatabase(), t.id)}
                >
                  ×
                </button>
              </div>
              {t.note && !isAdjudication(t) ? <p className="annotations__note">{t.note}</p> : null}
              <div className="annotations__meta">
                {t.annotator} · {new Date(t.createdAt).toLocaleString()}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{tags ? 'No labels yet.' : 'Loading…'}</p>
      )}

      <label className="annotations__note-label">
        Note
        <textarea
          ref={noteRef}
          value={note}
          rows={3}
          placeholder="What happened here? (saved when you leave the box)"
          aria-label="Note on the question"
          data-testid="question-note"
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => void run(saveNote(getDatabase(), where, note))}
          onKeyDown={(e) => {
            if (e.key === 'Escape') e.currentTarget.blur();
          }}
        />
      </label>
      {otherNotes.map((t) => (
        <p key={t.id} className="annotations__note" data-testid="other-note">
          <strong>{t.annotator}:</strong> {t.note}
        </p>
      ))}

      <form className="annotations__form" onSubmit={submit}>
        <input
          type="text"
          value={label}
          list="tag-label-suggestions"
          placeholder="Another label"
          aria-label="Tag label"
          data-testid="annotation-label"
          onChange={(e) => setLabel(e.target.value)}
        />
        <datalist id="tag-label-suggestions">
          {taxonomy.map((l) => (
            <option key={l.label} value={l.label} />
          ))}
        </datalist>
        <textarea
          value={tagNote}
          rows={1}
          placeholder="Its note (optional)"
          aria-label="Tag note"
          data-testid="annotation-note"
          onChange={(e) => setTagNote(e.target.value)}
        />
        <button type="submit" className="button" data-testid="annotation-add">
          Add on {conditionLabel(conditionId)}
        </button>
      </form>
      {error ? <p className="annotations__error" role="alert">{error}</p> : null}
    </section>
  );
}
