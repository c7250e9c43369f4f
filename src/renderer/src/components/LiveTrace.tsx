import { useEffect, useRef } from 'react';
import type { LiveTraceState } from '../desktop/live-trace';

/**
 * The trace running now, streamed token by token: thinking text, forcing insertions and
 * budget cuts marked where they happen, and each answer branch after its cut.
 */
export function LiveTrace({ trace, running }: { trace: LiveTraceState; running: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (el && el.scrollHeight - el.scrollTop - el.clientHeight < 80) el.scrollTop = el.scrollHeight;
  }, [trace]);
  return (
    <section className="desktop-section">
      <h3>
        Live trace {trace.question ? <span data-testid="live-question">{trace.question}</span> : null}
        {running ? <span className="live-dot" aria-label="running" /> : null}
      </h3>
      {trace.label ? <p className="desktop-hint">{trace.label}</p> : null}
      <div className="live-trace" ref={box} data-testid="live-trace">
        {trace.pieces.map((p, i) => {
          switch (p.kind) {
            case 'think':
              return (
                <span key={i} className="live-trace__think">
                  {p.text}
                </span>
              );
            case 'force':
              return (
                <mark key={i} className="live-trace__force" title={`forcing round ${p.round}`} data-testid="live-force">
                  {p.text}
                </mark>
              );
            case 'budget':
              return (
                <span key={i} className="live-trace__marker live-trace__marker--budget" data-testid="live-budget">
                  ✂ budget reached at {p.tokens} tokens
                </span>
              );
            case 'cut':
              return (
                <span key={i} className="live-trace__marker live-trace__marker--cut" data-testid="live-cut">
                  ⤷ answer at {p.tokens} thinking tokens ({p.finish === 'length' ? 'cut by the budget' : 'stopped'}): {p.prefix}
                </span>
              );
            case 'answer':
              return (
                <span key={i} className="live-trace__answer">
                  {p.text}
                </span>
              );
            default:
              return null;
          }
        })}
      </div>
    </section>
  );
}
