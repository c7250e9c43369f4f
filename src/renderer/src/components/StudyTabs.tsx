export type StudyTab = 'questions' | 'overview';

/** Switches between a study's question list and its overview. */
export function StudyTabs({ tab, onTab }: { tab: StudyTab; onTab: (t: StudyTab) => void }) {
  return (
    <nav className="study-tabs" aria-label="Study views">
      {(['questions', 'overview'] as const).map((t) => (
        <button
          key={t}
          type="button"
          className={t === tab ? 'study-tabs__tab study-tabs__tab--active' : 'study-tabs__tab'}
          aria-current={t === tab ? 'page' : undefined}
          data-testid={`tab-${t}`}
          onClick={() => onTab(t)}
        >
          {t === 'questions' ? 'Questions' : 'Overview'}
        </button>
      ))}
    </nav>
  );
}
