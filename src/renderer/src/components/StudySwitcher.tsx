import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import { listStudies } from '../db/studies';

export interface StudySwitcherProps {
  studyId: string | undefined;
  onOpen: (studyId: string) => void;
}

/** Every study in the workbench; picking one opens its list. */
export function StudySwitcher({ studyId, onOpen }: StudySwitcherProps) {
  const studies = useLiveQuery(() => listStudies(getDatabase()), []);
  if (!studies || studies.length < 2) return null;
  return (
    <select
      className="study-switcher"
      aria-label="Study"
      data-testid="study-switcher"
      value={studyId ?? ''}
      onChange={(e) => onOpen(e.target.value)}
    >
      {studies.map((s) => (
        <option key={s.id} value={s.id}>
          {s.title} ({s.questionCount})
        </option>
      ))}
    </select>
  );
}
