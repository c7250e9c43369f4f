import { useMemo, useState } from 'react';
import type { Tag } from '../../../shared/domain';
import { getDatabase } from '../db/database';
import { adjudicate } from '../db/review-actions';
import { agreementPerLabel, annotatorsOf, disagreements } from '../study/agreement';

export interface AgreementPageProps {
  studyId: string;
  tags: readonly Tag[];
  /** Who adjudicates (the current annotator). */
  annotator: string;
  onOpenQuestion: (key: string) => void;
}

function formatKappa(k: number | null): string {
  return k === null ? 'n/a' : k.toFixed(2);
}

/** Cohen's κ per label between two annotators, and the adjudication of their disagreements. */
export function AgreementPage({ studyId, tags, annotator, onOpenQuestion }: AgreementPageProps) {
  const people = useMemo(() => annotatorsOf(tags), [tags]);
  const [a, setA] = useState<string | undefined>(undefined);
  const [b, setB] = useState<string | undefined>(undefined);
  const first = a ?? people[0];
  const second = b ?? people.find((p) => p !== first);
  const [onlyOpen, setOnlyOpen] = useState(true);
  const rows = useMemo(() => (first && second ? agreementPerLabel(tags, first, second) : []), [tags, first, second]);
  const disputes = useMemo(() => (first && second ? disagreements(tags, first, second) : []), [tags, first, second]);
  const shown = onlyOpen ? disputes.filter((d) => !d.decision) : disputes;

  if (people.length < 2) {
    return (
      <section className="review-screen" data-testid="agreement-page">
        <p className="hint">Agreement needs annotations from at least two annotators; this study has {people.length === 0 ? 'none' : `only ${people[0]}`}.</p>
      </section>
    );
  }
  const pick = (value: string | undefined, set: (v: string) => void, testId: string) => (
    <select value={value} data-testid={testId} onChange={(e) => set(e.target.value)}>
      {people.map((p) => (
        <option key={p} value={p}>
          {p}
        </option>
      ))}
    </select>
  );
  return (
    <section className="review-screen" data-testid="agreement-page">
      <div className="review-form">
        <label>Annotator A {pick(first, setA, 'agreement-a')}</label>
        <label>Annotator B {pick(second, setB, 'agreement-b')}</label>
      </div>
      <h2 className="section-title">Cohen’s κ per label</h2>
      <table className="review-table" data-testid="kappa-table">
        <thead>
          <tr>
            <th>Label</th>
            <th>κ</th>
            <th>Both</th>
            <th>Only {first}</th>
            <th>Only {second}</th>
            <th>Questions both reviewed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} data-testid="kappa-row" data-label={r.label} data-kappa={r.kappa ?? ''}>
              <td>{r.label}</td>
              <td>{formatKappa(r.kappa)}</td>
              <td>{r.both}</td>
              <td>{r.onlyA}</td>
              <td>{r.onlyB}</td>
              <td>{r.n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="hint">The two have no question in common with a label.</p> : null}
      <h2 className="section-title">Adjudication</h2>
      <label className="toolbar__check">
        <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} /> only undecided
      </label>
      <table className="review-table" data-testid="disagreements">
        <thead>
          <tr>
            <th>Question</th>
            <th>Label</th>
            <th>Applied by</th>
            <th>Decision ({annotator})</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((d) => (
            <tr key={`${d.questionKey}\u0000${d.label}`} data-testid="disagreement" data-key={d.questionKey} data-label={d.label} data-decision={d.decision ?? ''}>
              <td>
                <button type="button" className="link-button" onClick={() => onOpenQuestion(d.questionKey)}>
                  {d.questionKey}
                </button>
              </td>
              <td>{d.label}</td>
              <td>{d.by}</td>
              <td>
                {d.decision ? `${d.decision} · ` : ''}
                <button
                  type="button"
                  className="button"
                  data-testid="adjudicate-keep"
                  onClick={() => void adjudicate(getDatabase(), { studyId, questionKey: d.questionKey, annotator }, d.label, 'confirmed', [first!, second!])}
                >
                  Keep label
                </button>{' '}
                <button
                  type="button"
                  className="button"
                  data-testid="adjudicate-drop"
                  onClick={() => void adjudicate(getDatabase(), { studyId, questionKey: d.questionKey, annotator }, d.label, 'rejected', [first!, second!])}
                >
                  Drop label
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 ? <p className="hint">No {onlyOpen ? 'undecided ' : ''}disagreements.</p> : null}
    </section>
  );
}
