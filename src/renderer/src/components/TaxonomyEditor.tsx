import { useState } from 'react';
import { getDatabase } from '../db/database';
import { setMeta } from '../db/meta';
import { useTaxonomy } from '../data/use-review';
import { DEFAULT_TAXONOMY, TAXONOMY_KEY, validateTaxonomy, type TaxonomyLabel } from '../study/taxonomy';

/** The label taxonomy: edit labels and definitions, reorder (keys 1–9 go to the first nine), reset to the default. */
export function TaxonomyEditor() {
  const stored = useTaxonomy();
  const [draft, setDraft] = useState<TaxonomyLabel[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const list = draft ?? [...stored];
  const change = (i: number, patch: Partial<TaxonomyLabel>) => setDraft(list.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  const move = (i: number, step: number) => {
    const j = i + step;
    if (j < 0 || j >= list.length) return;
    const next = [...list];
    [next[i], next[j]] = [next[j], next[i]];
    setDraft(next);
  };
  const save = async (value: readonly TaxonomyLabel[]) => {
    try {
      const valid = validateTaxonomy(value);
      await setMeta(getDatabase(), TAXONOMY_KEY, valid);
      setDraft(null);
      setMessage({ kind: 'ok', text: 'Saved.' });
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    }
  };
  return (
    <section className="review-screen" data-testid="taxonomy-editor">
      <h2 className="section-title">Labels and definitions</h2>
      <p className="hint">Labels already applied keep their text when a label here is renamed.</p>
      <table className="review-table taxonomy-editor">
        <thead>
          <tr>
            <th>Key</th>
            <th>Label</th>
            <th>Definition</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.map((t, i) => (
            <tr key={i} data-testid="taxonomy-row">
              <td>{i < 9 ? <kbd>{i + 1}</kbd> : null}</td>
              <td>
                <input type="text" value={t.label} aria-label={`Label ${i + 1}`} data-testid="taxonomy-label-input" onChange={(e) => change(i, { label: e.target.value })} />
              </td>
              <td>
                <textarea value={t.definition} rows={2} aria-label={`Definition ${i + 1}`} onChange={(e) => change(i, { definition: e.target.value })} />
              </td>
              <td>
                <button type="button" className="pick" title="Move up" onClick={() => move(i, -1)}>
                  ↑
                </button>
                <button type="button" className="pick" title="Move down" onClick={() => move(i, 1)}>
                  ↓
                </button>
                <button type="button" className="pick" title="Remove" onClick={() => setDraft(list.filter((_, j) => j !== i))}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="review-form">
        <button type="button" className="button" data-testid="taxonomy-add" onClick={() => setDraft([...list, { label: '', definition: '' }])}>
          Add label
        </button>
        <button type="button" className="button" data-testid="taxonomy-save" onClick={() => void save(list)}>
          Save
        </button>
        <button type="button" className="button" data-testid="taxonomy-reset" onClick={() => void save(DEFAULT_TAXONOMY)}>
          Reset to the default
        </button>
      </div>
      {message ? (
        <p className={message.kind === 'error' ? 'annotations__error' : 'hint'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="taxonomy-message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
