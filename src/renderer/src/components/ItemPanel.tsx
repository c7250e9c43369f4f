import type { Item } from '../../../shared/domain';

/** The question and its options, the gold option marked. */
export function ItemPanel({ item }: { item: Item }) {
  return (
    <section className="item-panel" aria-label="Question">
      <div className="item-panel__meta">
        <span className="badge">{item.source}</span>
        <span className="item-panel__index">#{item.index}</span>
      </div>
      <p className="item-panel__question" data-testid="question-text">
        {item.question}
      </p>
      <ol className="options" data-testid="options">
        {Object.entries(item.options).map(([letter, text]) => {
          const gold = letter === item.answerIdx;
          return (
            <li key={letter} className={`options__item${gold ? ' options__item--gold' : ''}`} data-gold={gold || undefined} data-testid="option">
              <span className="options__letter">{letter}</span>
              <span className="options__text">{text}</span>
              {gold ? <span className="options__gold" title="Gold answer">gold</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
