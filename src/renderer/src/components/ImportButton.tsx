import { useState } from 'react';
import type { StudyRecord } from '../study/study-types';
import { ImportDialog } from './ImportDialog';

/** Opens the import dialog. */
export function ImportButton({ study, onImported }: { study?: StudyRecord; onImported: (studyId: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--dark" data-testid="import-open" onClick={() => setOpen(true)}>
        Import…
      </button>
      {open ? <ImportDialog study={study} onClose={() => setOpen(false)} onImported={onImported} /> : null}
    </>
  );
}
