import { useState } from 'react';
import type { ConditionId } from '../../../shared/domain';
import { addAnnotation, deleteAnnotation } from '../db/annotations';
import { getDatabase } from '../db/database';
import { useAnnotations } from '../data/use-annotations';
import { conditionLabel } from '../study/ladder';
import { SUGGESTED_TAG_LABELS } from '../study/tag-labels';

export interface AnnotationPanelProps {
  studyId: string;
  questionKey: string;
  /** The condition a new tag is attached to (the right-hand one of the comparison). */
  conditionId: ConditionId;
  annotator: string;
}

/** The reviewer's tags and notes on a question; stored in the database, kept across re-imports. */
export function AnnotationPanel({ studyId, questionKey, conditionId, annotator }: AnnotationPanelProps) {
  const tags = useAnnotations(studyId, questionKey);
  const [label, setLabel] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const trimmed = label.trim();
    if (!trimmed) {
      setError('A tag needs a label.');
      return;
    }
    try {
      await addAnnotation(getDatabase(), {
        studyId,
        questionKey,
        label: trimmed,
        conditionId,
        annotator,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setLabel('');
      setNote('');
      setError(null);
    } catch (err) {
      setError(`Could not save the tag: ${(err as Error).message}`);
    }
  };

  return (
    <section className="annotations" aria-label="Tags" data-testid="annotations">
      <h2 className="section-title">Tags</h2>
      {tags && tags.length > 0 ? (
        <ul className="annotations__list">
          {tags.map((t) => (
            <li key={t.id} className="annotations__item" data-testid="annotation">
              <div className="annotations__row">
                <span className="annotations__label">{t.label}</span>
                {t.conditionId ? <span className="annotations__meta">{conditionLabel(t.conditionId)}</span> : null}
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
              {t.note ? <p className="annotations__note">{t.note}</p> : null}
              <div className="annotations__meta">
                {t.annotator} · {new Date(t.createdAt).toLocaleString()}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{tags ? 'No tags yet.' : 'Loading…'}</p>
      )}
      <form className="annotations__form" onSubmit={(e) => void submit(e)}>
        <input
          type="text"
          value={label}
          list="tag-label-suggestions"
          placeholder="Label, e.g. knowledge: incorrect"
          aria-label="Tag label"
          data-testid="annotation-label"
          onChange={(e) => setLabel(e.target.value)}
        />
        <datalist id="tag-label-suggestions">
          {SUGGESTED_TAG_LABELS.map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
        <textarea
          value={note}
          rows={2}
          placeholder="Note (optional)"
          aria-label="Tag note"
          data-testid="annotation-note"
          onChange={(e) => setNote(e.target.value)}
        />
        <div className="annotations__actions">
          <button type="submit" className="button" data-testid="annotation-add">
            Add tag on {conditionLabel(conditionId)}
          </button>
        </div>
        {error ? <p className="annotations__error" role="alert">{error}</p> : null}
      </form>
    </section>
  );
}
