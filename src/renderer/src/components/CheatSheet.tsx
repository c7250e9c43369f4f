import { useEffect, useRef } from 'react';

/** Every key of the question view. */
export const QUESTION_KEYS: readonly [string, string][] = [
  ['j / ↓', 'next question'],
  ['k / ↑', 'previous question'],
  ['u', 'next question without labels (yours)'],
  ['] / [', 'step the compared pair to the next / previous budget'],
  ['. / ,', 'step the compared pair to the next / previous forcing round'],
  ['1 – 9', 'toggle a label on the question; with text selected in the diff, label the span'],
  ['c / x', 'confirm / reject the flip tag'],
  ['s', 'star the question to come back later'],
  ['n', 'write a note'],
  ['f', 'show the full texts (unfold the shared prefix)'],
  ['d', 'jump to where the texts diverge'],
  ['?', 'this sheet'],
  ['Escape', 'close the sheet / back to the list'],
];

/** The keyboard cheat sheet (opened with ?). */
export function CheatSheet({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="overlay" role="presentation" onClick={onClose}>
      <div
        ref={ref}
        className="overlay__panel"
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        tabIndex={-1}
        data-testid="cheat-sheet"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 className="section-title">Keyboard</h2>
        <table className="cheat-sheet">
          <tbody>
            {QUESTION_KEYS.map(([k, what]) => (
              <tr key={k}>
                <td>
                  <kbd>{k}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
