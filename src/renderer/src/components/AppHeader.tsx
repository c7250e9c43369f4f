import type { StudyRecord } from '../study/study-types';
import { IllustrativeBanner } from './IllustrativeBanner';

export interface AppHeaderProps {
  study?: StudyRecord;
  onHome?: () => void;
  /** Controls on the right (study switcher, open a run log). */
  children?: React.ReactNode;
}

export function AppHeader({ study, onHome, children }: AppHeaderProps) {
  return (
    <header className="app-header">
      <a
        className="app-header__name"
        href="#/"
        onClick={(e) => {
          if (!onHome) return;
          e.preventDefault();
          onHome();
        }}
      >
        m1 Workbench
      </a>
      {study ? (
        <>
          <span className="app-header__sep" aria-hidden="true">/</span>
          <span className="app-header__study" data-testid="study-title" title={study.header.description ?? study.title}>
            {study.title}
          </span>
          {study.illustrative ? <IllustrativeBanner /> : null}
        </>
      ) : null}
      <span className="app-header__spacer" />
      {study ? <StudyProvenance study={study} /> : null}
      {children}
    </header>
  );
}

function StudyProvenance({ study }: { study: StudyRecord }) {
  const { header } = study;
  const model = header.model.name ?? header.model.file;
  return (
    <span className="app-header__provenance" title={`engine ${header.engine.name}${header.engine.version ? ` ${header.engine.version}` : ''}, started ${header.startedAt}`}>
      {model} · {header.preset.name} · {header.mode} · {header.budgetPolicy} budget · {study.questionCount} questions
    </span>
  );
}
